package uk.nhs.workforce.awards.ncea;

import java.time.LocalDate;

/** Where the money for an Existing LCEA created by reversion comes from. */
public enum ReversionFunding {
    /** S30 8(iii): funded from outside the 0.3 funding ratio for New LCEAs. */
    OUTSIDE_NEW_AWARD_RATIO,
    /** S30 14(iii): from 1 April 2022 the reversion costs are part of the local awards spend per eligible FTE. */
    LOCAL_AWARDS_POT;

    public static final LocalDate LOCAL_POT_FROM = LocalDate.of(2022, 4, 1);

    public static ReversionFunding on(LocalDate reversionDate) {
        return reversionDate.isBefore(LOCAL_POT_FROM) ? OUTSIDE_NEW_AWARD_RATIO : LOCAL_AWARDS_POT;
    }
}
