package uk.nhs.workforce.awards.round;

/** Competitive awards scored by the committee, or the whole pot shared among the eligible consultants. */
public enum AllocationMethod {
    COMPETITIVE,
    EQUAL_DISTRIBUTION
}
