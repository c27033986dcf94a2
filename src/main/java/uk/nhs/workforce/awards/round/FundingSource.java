package uk.nhs.workforce.awards.round;

/** Which money pays an instalment of an award (S30 5, 7, 14). */
public enum FundingSource {
    /** The first year of an award, paid from the round's own pot. */
    ROUND_POT("this round's pot"),
    /** Later years of New LCEAs up to 31 March 2021: recurrent funding on top of later rounds' pots (S30 5). */
    RECURRENT_TO_MARCH_2021("recurrent New LCEA funding to 31 March 2021 (S30 5)"),
    /** Years of New LCEAs paid beyond April 2021: spend of that year's pot (S30 14 ii). */
    LATER_POT_NEW_LCEA("that year's pot, New LCEA paid beyond April 2021 (S30 14 ii)"),
    /** Later years of Future LCEAs: spend of that year's pot (S30 14 iv). */
    LATER_POT_FUTURE_LCEA("that year's pot, Future LCEA (S30 14 iv)"),
    /** Remaining years paid by the employer the holder moved to, from its own awards funding (S30 7). */
    NEW_EMPLOYER("the new employer's awards funding (S30 7)"),
    /** The holder no longer works for an employer covered by Schedule 30: not paid (S30 7). */
    STOPPED("not paid: left employment covered by Schedule 30 (S30 7)");

    private final String description;

    FundingSource(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
