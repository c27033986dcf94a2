package uk.nhs.workforce.awards;

import java.time.LocalDate;

/**
 * The one date rule of Schedule 30 for Existing LCEA reviews: a period of N years after a date,
 * lengthened by excluded absence (S30 16(iii)), and never ending before 1 April 2021, when the review
 * scheme starts (S30 16(i), 18). Used by the review process and by NCEA reversion alike.
 */
public final class ReviewDates {

    /** No review under S30 16 takes place before this date (S30 16(i), 17, 18). */
    public static final LocalDate REVIEWS_FROM = LocalDate.of(2021, 4, 1);

    private ReviewDates() {
    }

    /** {@code years} after {@code from}, plus excluded absence days, not before 1 April 2021. */
    public static LocalDate yearsAfter(LocalDate from, int years, int excludedAbsenceDays) {
        return notBeforeReviewsFrom(periodEnd(from, years, excludedAbsenceDays));
    }

    /**
     * The plain end of a review period: {@code years} after {@code from} plus the days of maternity,
     * paternity, adoption or extended sick leave that the period excludes (S30 16(iii)).
     */
    public static LocalDate periodEnd(LocalDate from, int years, int excludedAbsenceDays) {
        if (from == null) {
            throw new IllegalArgumentException("the start of the review period is missing");
        }
        if (years < 0) {
            throw new IllegalArgumentException("a review period cannot be negative: " + years + " years");
        }
        if (excludedAbsenceDays < 0) {
            throw new IllegalArgumentException("excludedAbsenceDays must be 0 or more, not " + excludedAbsenceDays);
        }
        return from.plusYears(years).plusDays(excludedAbsenceDays);
    }

    public static LocalDate notBeforeReviewsFrom(LocalDate date) {
        return date.isBefore(REVIEWS_FROM) ? REVIEWS_FROM : date;
    }
}
