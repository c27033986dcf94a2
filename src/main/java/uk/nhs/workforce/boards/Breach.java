package uk.nhs.workforce.boards;

/** A statutory requirement (A 3.3) that the PCT board {@code code} does not meet. */
public record Breach(String code, Rule rule, String message) {

    public enum Rule {
        /** A 3.3: each board must have in post a non-executive chair. */
        NO_CHAIR,
        /** A 3.3: "a non-executive Chair" – one, not several. */
        MORE_THAN_ONE_CHAIR,
        /** A 3.3: a minimum of five non-executives. */
        TOO_FEW_NON_EXECUTIVES,
        /** A 3.3: not more than seven non-executives. */
        TOO_MANY_NON_EXECUTIVES,
        /** A 3.3: a care trust (plus) board contains at least one non-executive nominated from each local authority. */
        NO_LOCAL_AUTHORITY_NOMINEE
    }
}
