package uk.nhs.workforce.awards.round;

/**
 * How the minimum investment of a round is worked out: 0.3 points per eligible FTE for New LCEAs in
 * rounds 2018–2020 (S30 5), at least the 2016/17 spend per eligible FTE from 2021 (S30 14).
 */
public enum FundingRegime {
    POINTS_RATIO("0.3 points per eligible FTE (S30 5)"),
    PER_FTE("at least the 2016/17 spend per eligible FTE (S30 14)");

    private final String label;

    FundingRegime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rounds opening in April 2018, 2019 or 2020 award New LCEAs; from April 2021 Future LCEAs (S30 1). */
    public static FundingRegime forAwardYear(int awardYear) {
        if (awardYear < RoundRules.FIRST_AWARD_YEAR) {
            throw new IllegalArgumentException("awardYear " + awardYear + " is before 2018");
        }
        return awardYear <= RoundRules.LAST_NEW_LCEA_YEAR ? POINTS_RATIO : PER_FTE;
    }
}
