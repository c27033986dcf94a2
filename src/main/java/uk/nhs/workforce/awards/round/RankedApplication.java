package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;

/**
 * An application in rank order: {@code annualCost} is what a full award to this applicant costs a year
 * (the scheme's award value, pro rata to FTE where the scheme says so).
 */
public record RankedApplication(String applicationId, String employeeId, BigDecimal score, int rank,
        BigDecimal annualCost) {
}
