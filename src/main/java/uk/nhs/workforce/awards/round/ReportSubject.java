package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;

import uk.nhs.workforce.rosters.Consultant;

/** A consultant as the equality report counts them: applied (or shared in an equal distribution), awarded, amount. */
public record ReportSubject(Consultant consultant, boolean applied, boolean awarded, BigDecimal amount) {
}
