package uk.nhs.workforce.awards.round;

/** Whether one consultant is eligible in a round, and why, in words medical staffing can quote. */
public record EligibilityDecision(String employeeId, boolean eligible, String reason) {
}
