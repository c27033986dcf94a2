package uk.nhs.workforce.rosters;

import java.time.LocalDate;

/**
 * Published when a consultants upload moves a consultant to another employer or records the date they
 * left (S30 7), so that the features which pay them act at once. {@code leftOn} is null for a move.
 */
public record ConsultantEmploymentChanged(String employeeId, String previousEmployer, String employer,
        LocalDate leftOn) {
}
