package uk.nhs.workforce.awards.ncea;

/**
 * Which way an NCEA renewal outcome goes before any reversion table is consulted.
 */
public enum RenewalRoute {
    /** The renewal (or the application for a future award) succeeded: the award is retained. */
    RENEWED,
    /**
     * S30 23(b): the Existing NCEA is not yet due for renewal. Holders "retain their Existing NCEA until
     * the next renewal is due" whatever the fate of an application for a Future NCEA, and also when they
     * made none: nothing is lost before the renewal date.
     */
    KEPT_UNTIL_DUE,
    /** S30 8(ii), 8(iv), 22, 23(a), 24: unsuccessful or no application while due: the ncea-reversion table decides. */
    REVERSION_TABLE;

    public static RenewalRoute of(boolean renewalDue, boolean applicationSubmitted, Boolean renewalSuccessful) {
        if (applicationSubmitted && Boolean.TRUE.equals(renewalSuccessful)) {
            return RENEWED;
        }
        if (!renewalDue) {
            return KEPT_UNTIL_DUE;
        }
        return REVERSION_TABLE;
    }
}
