package uk.nhs.workforce.awards.pay;

/** The pay elements the calculation knows, named as Schedules 13, 14, 17 and 30 name them. */
public enum PayElement {
    /** Basic salary for up to ten programmed activities, including pay thresholds. */
    BASIC_SALARY,
    /** Pay for programmed activities beyond ten. */
    ADDITIONAL_PROGRAMMED_ACTIVITIES,
    DISCRETIONARY_POINTS,
    DISTINCTION_AWARD,
    /** Existing LCEA granted before 1 April 2018 (S30 1). */
    EXISTING_LCEA,
    /** Existing LCEA created by reversion from an NCEA (S30 8(ii), 23(c)(iii), 24). */
    EXISTING_LCEA_FROM_REVERSION,
    /** New LCEA, 1 April 2018 to 31 March 2021 (S30 6). */
    NEW_LCEA,
    /** Future LCEA, from 1 April 2021 (S30 13). */
    FUTURE_LCEA,
    EXISTING_NCEA,
    FUTURE_NCEA,
    /** Additional payment topping a lower Future NCEA up (S30 23(c)(i), (ii)). */
    FUTURE_NCEA_TOP_UP,
    ON_CALL_SUPPLEMENT,
    LONDON_WEIGHTING,
    /** Fees for domiciliary visits not undertaken during programmed activities. */
    DOMICILIARY_FEES
}
