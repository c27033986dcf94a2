package uk.nhs.workforce.boards;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cluster of its own for the process tests (codes start ZB- so they never meet other features' data):
 * PCTs ZB-P1 (6 NEDs) and ZB-P2 (configurable, 4 = the demo's breach), care trust ZB-CT of local authorities
 * ZB-LA1 and ZB-LA2 (5 NEDs, one nominee of each).
 */
final class ClusterFixture {

    static final String CLUSTER = "ZB-CL";

    private final JdbcTemplate jdbc;

    ClusterFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load(int p2NonExecutives) {
        clean();
        // the SHA of the cluster's region: every ned-rationalisation and board-vacancy instance belongs to it (tenant)
        org("ZB-SHA", "SHA", null, null, null);
        org("ZB-LA1", "LOCAL_AUTHORITY", null, null, null);
        org("ZB-LA2", "LOCAL_AUTHORITY", null, null, null);
        org("ZB-P1", "PCT", CLUSTER, 300000, null);
        org("ZB-P2", "PCT", CLUSTER, 200000, null);
        org("ZB-CT", "CARE_TRUST", CLUSTER, 150000, "ZB-LA1;ZB-LA2");
        board("ZB-P1", 6, null, null);
        board("ZB-P2", p2NonExecutives, null, null);
        board("ZB-CT", 5, "ZB-LA1", "ZB-LA2");
    }

    private void org(String code, String type, String cluster, Integer population, String las) {
        jdbc.update("INSERT INTO organisation (code, name, type, region_code, sub_region_code, cluster_code, weighted_population, local_authorities) "
                + "VALUES (?, ?, ?, 'ZB', NULL, ?, ?, ?)", code, code + " name", type, cluster, population, las);
    }

    /** Chair (OUTSTANDING on P1 only), then NEDs: N1 vice-chair; on the care trust N2/N3 nominated by the two LAs. */
    private void board(String org, int neds, String la1, String la2) {
        member(org + "-C", org + "-C", org, "CHAIR", null, org.equals("ZB-P1") ? "OUTSTANDING" : "GOOD", "F", "WHITE");
        for (int i = 1; i <= neds; i++) {
            String la = i == 2 ? la1 : i == 3 ? la2 : null;
            member(org + "-N" + i, org + "-N" + i, org, i == 1 ? "VICE_CHAIR" : "NON_EXECUTIVE", la,
                    i == 4 ? "UNSATISFACTORY" : "GOOD", i % 2 == 0 ? "F" : "M", i == 3 ? "BLACK" : "WHITE");
        }
    }

    void member(String memberId, String personId, String org, String role, String la, String rating, String sex, String ethnic) {
        jdbc.update("INSERT INTO board_member (member_id, person_id, name, sex, ethnic_group, user_id, organisation_code, role, "
                + "nominated_by_la, appraisal_rating, term_end) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, DATE '2013-03-31')",
                memberId, personId, "Person " + personId, sex, ethnic, org, role, la, rating);
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    void clean() {
        jdbc.update("DELETE FROM ned_termination WHERE cluster_code = ?", CLUSTER);
        jdbc.update("DELETE FROM board_appointment_ended WHERE organisation_code LIKE 'ZB-%'");
        jdbc.update("DELETE FROM board_appointment_made WHERE member_id LIKE 'ZB-%'");
        jdbc.update("DELETE FROM la_nomination WHERE organisation_code LIKE 'ZB-%'");
        jdbc.update("DELETE FROM board_member WHERE organisation_code LIKE 'ZB-%'");
        jdbc.update("DELETE FROM organisation WHERE code LIKE 'ZB-%' AND type <> 'LOCAL_AUTHORITY'");
        jdbc.update("DELETE FROM organisation WHERE code LIKE 'ZB-%'");
    }
}
