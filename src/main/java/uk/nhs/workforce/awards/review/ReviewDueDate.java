package uk.nhs.workforce.awards.review;

import java.time.LocalDate;

import uk.nhs.workforce.awards.ReviewDates;

/** When the first review of an Existing LCEA falls due, and which arrangements apply to it. */
public final class ReviewDueDate {

    private ReviewDueDate() {
    }

    /**
     * S30 16(i), 16(iii): five years after the last point plus excluded absence, not before 1 April
     * 2021. S30 18: after a reversion from an NCEA, three years after the reversion instead. S30 17: a
     * level 9 keeps its anticipated five-yearly renewal until April 2021, so the April 2021 floor does
     * not hold it back; a level 9 due before then is renewed under the existing arrangements.
     */
    public static LocalDate first(int currentLevel, LocalDate lastAwardPointDate, int excludedAbsenceDays,
            LocalDate reversionDate) {
        if (reversionDate != null) {
            return ReviewDates.yearsAfter(reversionDate, 3, excludedAbsenceDays);
        }
        LocalDate fiveYearly = ReviewDates.periodEnd(lastAwardPointDate, 5, excludedAbsenceDays);
        if (currentLevel == 9 && fiveYearly.isBefore(ReviewDates.REVIEWS_FROM)) {
            return fiveYearly;
        }
        return ReviewDates.notBeforeReviewsFrom(fiveYearly);
    }

    /** S30 17: a level 9 review due before April 2021 follows the existing renewal arrangements. */
    public static boolean renewalArrangementsApply(int currentLevel, LocalDate dueDate) {
        return currentLevel == 9 && dueDate.isBefore(ReviewDates.REVIEWS_FROM);
    }

    /** S30 17: the anticipated five-yearly review follows a level 9 renewal. */
    public static LocalDate afterLevel9Renewal(LocalDate renewalDate, int excludedAbsenceDays) {
        return ReviewDates.periodEnd(renewalDate, 5, excludedAbsenceDays);
    }
}
