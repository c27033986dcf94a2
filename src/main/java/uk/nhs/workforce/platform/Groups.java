package uk.nhs.workforce.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Camunda groups of CONTRACT §2, with the names shown in Admin. */
public final class Groups {

    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String SHA_HR = "sha-hr";
    public static final String NATIONAL_OVERSIGHT = "national-oversight";
    public static final String HM_TREASURY = "hm-treasury";
    public static final String APPOINTMENTS_COMMISSION = "appointments-commission";
    public static final String PCT_BOARD_SECRETARY = "pct-board-secretary";
    public static final String MEDICAL_STAFFING = "medical-staffing";
    public static final String AWARDS_COMMITTEE = "awards-committee";
    public static final String JLNC = "jlnc";
    public static final String APPEALS_PANEL = "appeals-panel";

    public static final Map<String, String> NAMES;

    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(CAMUNDA_ADMIN, "System administrators");
        names.put(SHA_HR, "SHA HR and transition team");
        names.put(NATIONAL_OVERSIGHT, "NHS Chief Executive's national oversight");
        names.put(HM_TREASURY, "HM Treasury pay approval");
        names.put(APPOINTMENTS_COMMISSION, "Appointments Commission");
        names.put(PCT_BOARD_SECRETARY, "PCT board secretaries");
        names.put(MEDICAL_STAFFING, "Medical staffing");
        names.put(AWARDS_COMMITTEE, "Awards committee");
        names.put(JLNC, "Joint Local Negotiating Committee");
        names.put(APPEALS_PANEL, "LCEA appeal panel");
        NAMES = Map.copyOf(names);
    }

    private Groups() {
    }
}
