package uk.nhs.workforce.rosters;

import java.util.EnumSet;
import java.util.Set;

public enum Portfolio {
    FINANCE, COMMISSIONING, MEDICAL, NURSING, PERFORMANCE, OTHER;

    /** Posts every cluster executive team must fill (G 6). */
    public static final Set<Portfolio> MANDATORY = EnumSet.of(FINANCE, COMMISSIONING, MEDICAL, NURSING);
}
