package uk.nhs.workforce.awards.round;

/** Competitive awards scored by the committee, or the whole pot shared among the eligible consultants. */
public enum AllocationMethod {
    COMPETITIVE("competitive, the awards committee scores the applications"),
    EQUAL_DISTRIBUTION("equal distribution of the whole pot among the eligible consultants");

    private final String label;

    AllocationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
