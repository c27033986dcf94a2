package uk.nhs.workforce.awards.review;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/** Roster rows the award process tests insert and remove: codes prefixed TR-RVW / RVW- to stay apart. */
public final class AwardRosterFixture {

    public static final String TRUST_A = "TR-RVW-A";
    public static final String TRUST_B = "TR-RVW-B";

    private final JdbcTemplate jdbc;

    public AwardRosterFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void trusts() {
        for (String code : new String[] {TRUST_A, TRUST_B}) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE code = ?", Integer.class, code) == 0) {
                jdbc.update("INSERT INTO organisation (code, name, type, region_code) VALUES (?, ?, 'NHS_TRUST', 'NB')",
                        code, "Review test trust " + code);
            }
        }
    }

    public void consultant(String id, String employer, String specialty, Integer lceaLevel, LocalDate lastPoint,
            String ncea, LocalDate nceaRenewalDue) {
        jdbc.update("""
                INSERT INTO consultant (employee_id, name, sex, ethnic_group, employer_code, specialty, consultant_since,
                    fte, substantive, lcea_level, lcea_last_point_date, ncea, ncea_renewal_due, distinction_award)
                VALUES (?, ?, 'F', 'WHITE', ?, ?, ?, 1.0, TRUE, ?, ?, ?, ?, FALSE)""",
                id, "Dr " + id, employer, specialty, LocalDate.of(2005, 1, 1), lceaLevel, lastPoint, ncea,
                nceaRenewalDue);
    }

    public Integer lceaLevel(String id) {
        return jdbc.queryForObject("SELECT lcea_level FROM consultant WHERE employee_id = ?", Integer.class, id);
    }

    public String ncea(String id) {
        return jdbc.queryForObject("SELECT ncea FROM consultant WHERE employee_id = ?", String.class, id);
    }

    public int changes(String id, String kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM award_change WHERE employee_id = ? AND change_kind = ?",
                Integer.class, id, kind);
    }

    public void cleanUp() {
        jdbc.update("DELETE FROM award_change WHERE employee_id LIKE 'RVW-%'");
        jdbc.update("DELETE FROM consultant WHERE employee_id LIKE 'RVW-%'");
        jdbc.update("DELETE FROM organisation WHERE code IN (?, ?)", TRUST_A, TRUST_B);
    }
}
