package uk.nhs.workforce.awards.ncea;

/** The Existing LCEA level a reversion leaves the consultant with. */
public final class RevertedLevel {

    private RevertedLevel() {
    }

    /**
     * S30 8(ii): the table's level 7 or 8. S30 24: on a later unsuccessful Future NCEA application,
     * the points already removed by local review (S30 16) are deducted from that level.
     */
    public static int of(int tableLevel, int pointsRemovedByReview) {
        if (tableLevel != 7 && tableLevel != 8) {
            throw new IllegalArgumentException("a reversion is to level 7 or 8 (S30 8(ii)), not " + tableLevel);
        }
        if (pointsRemovedByReview < 0) {
            throw new IllegalArgumentException("points removed by review cannot be negative: " + pointsRemovedByReview);
        }
        return Math.max(0, tableLevel - pointsRemovedByReview);
    }
}
