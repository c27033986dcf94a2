package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;

/** One applicant's (or, in equal distribution, eligible consultant's) result and the reason for it. */
public record AwardDecision(String applicationId, String employeeId, BigDecimal score, Integer rank,
        boolean awarded, BigDecimal fullAnnualCost, BigDecimal annualAmount, String reason) {

    AwardDecision withAmount(BigDecimal amount, String newReason) {
        return new AwardDecision(applicationId, employeeId, score, rank, amount.signum() > 0, fullAnnualCost, amount,
                newReason);
    }
}
