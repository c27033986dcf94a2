package uk.nhs.workforce.awards.round;

/**
 * How applicants tied at the funding cut-off are treated alike; the scheme chooses one and the
 * allocation writes it into the result.
 */
public enum TieRule {
    /** Every applicant tied at the cut-off receives a full award; the employer funds the excess over the pot. */
    AWARD_ALL_TIED("all applicants tied at the cut-off receive a full award; the cost above the pot is "
            + "funded by the employer, the pot being a minimum (S30 5, S30 14)"),
    /** The applicants tied at the cut-off share what is left of the pot in proportion to their full award. */
    SHARE_REMAINDER("applicants tied at the cut-off share the remaining funds in proportion to their full "
            + "award, so each receives the same fraction of it");

    private final String description;

    TieRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
