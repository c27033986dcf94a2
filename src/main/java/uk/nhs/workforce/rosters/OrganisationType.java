package uk.nhs.workforce.rosters;

public enum OrganisationType {
    PCT, CARE_TRUST, CARE_TRUST_PLUS, SHA, ALB, LOCAL_AUTHORITY, NHS_TRUST;

    /** Throughout the guidance "PCT" includes care trusts and care trusts plus (CONTRACT §3). */
    public boolean isPct() {
        return this == PCT || this == CARE_TRUST || this == CARE_TRUST_PLUS;
    }

    public boolean isCareTrust() {
        return this == CARE_TRUST || this == CARE_TRUST_PLUS;
    }
}
