package uk.nhs.workforce.awards.review;

import java.time.LocalDate;

import uk.nhs.workforce.awards.ReviewDates;

/**
 * What a review changes: the new level after the points lost (never below 0) and, while an award
 * remains, the date of the next review (S30 16(ii), 16(iii)). At level 0 the award has ended and no
 * review follows.
 */
public record ReviewOutcome(String reviewOutcome, int pointsLost, int newLevel, LocalDate nextReviewDate) {

    public boolean awardEnded() {
        return newLevel == 0;
    }

    /**
     * @param decision            the row of the existing-lcea-review table, or null when no rule matched
     * @param excludedAbsenceDays absence to exclude from the next review period
     */
    public static ReviewOutcome apply(int reviewScore, int currentLevel, DecisionRow decision, LocalDate reviewDate,
            int excludedAbsenceDays) {
        if (decision == null) {
            throw new IllegalArgumentException("reviewScore " + reviewScore
                    + " is outside 0 to 50: the existing-lcea-review table has no outcome for it (S30 16(ii))");
        }
        if (currentLevel < 1 || currentLevel > 9) {
            throw new IllegalArgumentException("currentLevel must be 1 to 9, not " + currentLevel);
        }
        int newLevel = Math.max(0, currentLevel - decision.pointsLost());
        LocalDate next = newLevel == 0 ? null
                : ReviewDates.yearsAfter(reviewDate, decision.yearsToNextReview(), excludedAbsenceDays);
        return new ReviewOutcome(decision.reviewOutcome(), decision.pointsLost(), newLevel, next);
    }

    /** One row of the decision table's result. */
    public record DecisionRow(String reviewOutcome, int pointsLost, int yearsToNextReview) {
    }
}
