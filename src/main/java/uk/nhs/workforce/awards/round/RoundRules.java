package uk.nhs.workforce.awards.round;

import java.time.LocalDate;

/** The fixed dates of Schedule 30 that several round rules share. */
final class RoundRules {

    /** Schedule 30 applies from 1 April 2018 (S30 2). */
    static final int FIRST_AWARD_YEAR = 2018;
    /** New LCEAs are granted between 1 April 2018 and 31 March 2021 (S30 1). */
    static final int LAST_NEW_LCEA_YEAR = 2020;
    /** Funding of New LCEAs is recurrent only until 31 March 2021 (S30 5). */
    static final LocalDate END_OF_RECURRENT_FUNDING = LocalDate.of(2021, 3, 31);
    /** Reversion costs count against the pot from 1 April 2022 (S30 14 iii). */
    static final int FIRST_YEAR_REVERSIONS_COUNT = 2022;

    private RoundRules() {
    }

    /** Eligibility and awards are judged on 1 April of the award year (S30 1 "Award rounds", S30 14). */
    static LocalDate firstApril(int awardYear) {
        return LocalDate.of(awardYear, 4, 1);
    }
}
