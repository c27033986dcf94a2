package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The round feature's own tables (Flyway V30_1): rounds, applications, scores, appeals, payments. */
@Repository
public class RoundRepository {

    public record StoredApplication(String applicationId, String roundId, String employeeId, String submittedBy,
            Map<ScoringDomain, String> statements) {
    }

    public record StoredAppeal(String appealId, String applicationId, String grounds, String lodgedBy) {
    }

    private final JdbcTemplate jdbc;

    public RoundRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasRound(String employerCode, int awardYear) {
        Integer existing = jdbc.queryForObject(
                "SELECT COUNT(*) FROM lcea_round WHERE employer_code = ? AND active_year = ?", Integer.class,
                employerCode, awardYear);
        return existing != null && existing > 0;
    }

    /** The live or published round holding the employer's year, if any. */
    public Optional<String> activeRound(String employerCode, int awardYear) {
        return jdbc.queryForList("SELECT round_id FROM lcea_round WHERE employer_code = ? AND active_year = ?"
                + " AND results_published_at IS NULL", String.class, employerCode, awardYear).stream().findFirst();
    }

    /** Registers the round; false when the employer already has a round for that year. */
    public boolean openRound(String roundId, String employerCode, int awardYear, java.util.Date openedAt) {
        Integer existing = jdbc.queryForObject(
                "SELECT COUNT(*) FROM lcea_round WHERE employer_code = ? AND active_year = ?", Integer.class,
                employerCode, awardYear);
        if (existing != null && existing > 0) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO lcea_round (round_id, employer_code, award_year, active_year, opened_at)"
                    + " VALUES (?, ?, ?, ?, ?)",
                    roundId, employerCode, awardYear, awardYear, new Timestamp(openedAt.getTime()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * A round ended, was withdrawn or deleted before its results were published: it frees its employer and
     * year (the row stays, with the reason). A published round keeps them. True when the year was freed.
     */
    public boolean releaseUnpublished(String roundId, String reason, java.util.Date at) {
        boolean released = jdbc.update("UPDATE lcea_round SET active_year = NULL, withdrawn_at = ?, withdrawn_reason = ?"
                + " WHERE round_id = ? AND results_published_at IS NULL AND active_year IS NOT NULL",
                new Timestamp(at.getTime()), reason, roundId) > 0;
        if (released) {
            // S30 7 money the withdrawn round had taken goes to the employer's next round instead
            jdbc.update("UPDATE lcea_freed_funding SET credited_round_id = NULL WHERE credited_round_id = ?", roundId);
        }
        return released;
    }

    /** S30 12: results are published; from now on the round keeps its employer and year. */
    public void markPublished(String roundId, java.util.Date at) {
        jdbc.update("UPDATE lcea_round SET results_published_at = ? WHERE round_id = ?", new Timestamp(at.getTime()),
                roundId);
    }

    public boolean isPublished(String roundId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM lcea_round WHERE round_id = ? AND results_published_at"
                + " IS NOT NULL", Integer.class, roundId);
        return n != null && n > 0;
    }

    /** S30 5: what the round carried into the next year with the JLNC's agreement. */
    public void recordCarriedForward(String roundId, BigDecimal amount) {
        jdbc.update("UPDATE lcea_round SET carried_forward = ? WHERE round_id = ?", amount, roundId);
    }

    /** The carried-forward figure of the employer's published round of a year, if it has one. */
    public Optional<BigDecimal> carriedForwardFrom(String employerCode, int awardYear) {
        return jdbc.queryForList("SELECT carried_forward FROM lcea_round WHERE employer_code = ? AND active_year = ?"
                + " AND results_published_at IS NOT NULL AND carried_forward IS NOT NULL", BigDecimal.class,
                employerCode, awardYear).stream().findFirst();
    }

    /**
     * S30 14 iii: consultants of the employer whose Existing LCEA came from an NCEA reversion recorded before the
     * end of the award year (1 April of the next year).
     */
    public java.util.Set<String> revertedHolders(String employerCode, int awardYear) {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT DISTINCT a.employee_id FROM award_change a JOIN consultant c"
                + " ON c.employee_id = a.employee_id WHERE c.employer_code = ? AND a.change_kind = 'NCEA_REVERTED'"
                + " AND a.effective_on < ?", String.class, employerCode,
                java.sql.Date.valueOf(java.time.LocalDate.of(awardYear + 1, 4, 1))));
    }

    /** S30 7: money freed by a holder who moved or left, for the employer's next round. */
    public void recordFreedFunding(String employerCode, String employeeId, java.time.LocalDate on, BigDecimal amount,
            String reason) {
        jdbc.update("INSERT INTO lcea_freed_funding (freed_id, employer_code, employee_id, freed_on, amount, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?)", java.util.UUID.randomUUID().toString(), employerCode, employeeId,
                java.sql.Date.valueOf(on), amount, reason);
    }

    /** Credits every freed amount of the employer not yet credited to this round; returns the rows credited. */
    public List<Map<String, Object>> creditFreedFunding(String employerCode, String roundId) {
        // claim first, then read what was claimed: two rounds opening at once never credit the same row twice
        jdbc.update("UPDATE lcea_freed_funding SET credited_round_id = ? WHERE employer_code = ? AND credited_round_id"
                + " IS NULL", roundId, employerCode);
        return jdbc.queryForList("SELECT * FROM lcea_freed_funding WHERE credited_round_id = ?"
                + " ORDER BY freed_on, employee_id", roundId);
    }

    /** Instalments of published rounds still to be paid to a holder from a financial year on. */
    public List<PaymentInstalment> instalmentsOf(String employeeId, int fromFinancialYear) {
        return jdbc.query("SELECT * FROM lcea_round_payment WHERE employee_id = ? AND financial_year >= ?"
                + " ORDER BY financial_year", (rs, i) -> new PaymentInstalment(rs.getString("employee_id"),
                        rs.getInt("award_year"), rs.getInt("financial_year"), rs.getBigDecimal("amount"),
                        rs.getString("payer"), FundingSource.valueOf(rs.getString("funding_source"))),
                employeeId, fromFinancialYear);
    }

    /** Replaces one instalment of a holder (S30 7: moved to the new employer, or stopped). */
    public void updateInstalment(PaymentInstalment p) {
        jdbc.update("UPDATE lcea_round_payment SET amount = ?, payer = ?, funding_source = ? WHERE employee_id = ?"
                + " AND award_year = ? AND financial_year = ?", p.amount(), p.payer(), p.fundingSource().name(),
                p.employeeId(), p.awardYear(), p.financialYear());
    }

    public boolean hasApplication(String roundId, String employeeId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM lcea_round_application WHERE round_id = ? AND employee_id = ?",
                Integer.class, roundId, employeeId);
        return n != null && n > 0;
    }

    public void saveApplication(StoredApplication a, java.util.Date at) {
        jdbc.update("INSERT INTO lcea_round_application (application_id, round_id, employee_id, submitted_by, submitted_at,"
                + " service_delivery_statement, service_development_statement, leadership_statement, research_statement,"
                + " teaching_statement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.applicationId(), a.roundId(), a.employeeId(), a.submittedBy(), new Timestamp(at.getTime()),
                a.statements().get(ScoringDomain.SERVICE_DELIVERY), a.statements().get(ScoringDomain.SERVICE_DEVELOPMENT),
                a.statements().get(ScoringDomain.LEADERSHIP), a.statements().get(ScoringDomain.RESEARCH),
                a.statements().get(ScoringDomain.TEACHING));
    }

    public List<StoredApplication> applications(String roundId) {
        return jdbc.query("SELECT * FROM lcea_round_application WHERE round_id = ? ORDER BY employee_id",
                (rs, i) -> application(rs), roundId);
    }

    public Optional<StoredApplication> application(String applicationId) {
        return jdbc.query("SELECT * FROM lcea_round_application WHERE application_id = ?", (rs, i) -> application(rs),
                applicationId).stream().findFirst();
    }

    private static StoredApplication application(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<ScoringDomain, String> st = new EnumMap<>(ScoringDomain.class);
        st.put(ScoringDomain.SERVICE_DELIVERY, rs.getString("service_delivery_statement"));
        st.put(ScoringDomain.SERVICE_DEVELOPMENT, rs.getString("service_development_statement"));
        st.put(ScoringDomain.LEADERSHIP, rs.getString("leadership_statement"));
        st.put(ScoringDomain.RESEARCH, rs.getString("research_statement"));
        st.put(ScoringDomain.TEACHING, rs.getString("teaching_statement"));
        return new StoredApplication(rs.getString("application_id"), rs.getString("round_id"),
                rs.getString("employee_id"), rs.getString("submitted_by"), st);
    }

    public void saveScore(MemberScore s) {
        jdbc.update("DELETE FROM lcea_round_score WHERE application_id = ? AND member = ?", s.applicationId(), s.member());
        jdbc.update("INSERT INTO lcea_round_score (application_id, member, conflict_of_interest, service_delivery,"
                + " service_development, leadership, research, teaching, excluded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.applicationId(), s.member(), s.conflictOfInterest(), s.ratings().get(ScoringDomain.SERVICE_DELIVERY),
                s.ratings().get(ScoringDomain.SERVICE_DEVELOPMENT), s.ratings().get(ScoringDomain.LEADERSHIP),
                s.ratings().get(ScoringDomain.RESEARCH), s.ratings().get(ScoringDomain.TEACHING), s.excluded());
    }

    public void setAside(String applicationId, List<String> members) {
        for (String m : members) {
            jdbc.update("UPDATE lcea_round_score SET excluded = TRUE WHERE application_id = ? AND member = ?",
                    applicationId, m);
        }
    }

    public List<MemberScore> scores(String applicationId) {
        return jdbc.query("SELECT * FROM lcea_round_score WHERE application_id = ? ORDER BY member",
                (rs, i) -> score(rs), applicationId);
    }

    /** Every score of the round's applications, in one query (a round may hold thousands). */
    public Map<String, List<MemberScore>> scoresOfRound(String roundId) {
        Map<String, List<MemberScore>> byApplication = new java.util.HashMap<>();
        jdbc.query("SELECT s.* FROM lcea_round_score s JOIN lcea_round_application a ON a.application_id = s.application_id"
                + " WHERE a.round_id = ?", rs -> {
                    MemberScore s = score(rs);
                    byApplication.computeIfAbsent(s.applicationId(), k -> new ArrayList<>()).add(s);
                }, roundId);
        return byApplication;
    }

    private static MemberScore score(java.sql.ResultSet rs) throws java.sql.SQLException {
        boolean conflict = rs.getBoolean("conflict_of_interest");
        Map<ScoringDomain, Integer> ratings = new EnumMap<>(ScoringDomain.class);
        if (!conflict) {
            ratings.put(ScoringDomain.SERVICE_DELIVERY, rs.getInt("service_delivery"));
            ratings.put(ScoringDomain.SERVICE_DEVELOPMENT, rs.getInt("service_development"));
            ratings.put(ScoringDomain.LEADERSHIP, rs.getInt("leadership"));
            ratings.put(ScoringDomain.RESEARCH, rs.getInt("research"));
            ratings.put(ScoringDomain.TEACHING, rs.getInt("teaching"));
        }
        return new MemberScore(rs.getString("application_id"), rs.getString("member"), conflict, ratings,
                rs.getBoolean("excluded"));
    }

    public void lodgeAppeal(String appealId, String roundId, String applicationId, String grounds, String lodgedBy,
            java.util.Date at) {
        jdbc.update("INSERT INTO lcea_round_appeal (appeal_id, round_id, application_id, grounds, lodged_by, lodged_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", appealId, roundId, applicationId, grounds, lodgedBy,
                new Timestamp(at.getTime()));
    }

    public boolean hasOpenAppeal(String applicationId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM lcea_round_appeal WHERE application_id = ? AND upheld IS NULL",
                Integer.class, applicationId);
        return n != null && n > 0;
    }

    /** Gives the oldest appeal not yet before the panel to the panel task just created. */
    public Optional<StoredAppeal> assignNextAppeal(String roundId, String taskId) {
        List<StoredAppeal> next = jdbc.query("SELECT * FROM lcea_round_appeal WHERE round_id = ? AND task_id IS NULL"
                + " ORDER BY lodged_at, appeal_id", (rs, i) -> appeal(rs), roundId);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("UPDATE lcea_round_appeal SET task_id = ? WHERE appeal_id = ?", taskId, next.get(0).appealId());
        return Optional.of(next.get(0));
    }

    public Optional<StoredAppeal> appeal(String appealId) {
        return jdbc.query("SELECT * FROM lcea_round_appeal WHERE appeal_id = ?", (rs, i) -> appeal(rs), appealId)
                .stream().findFirst();
    }

    private static StoredAppeal appeal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredAppeal(rs.getString("appeal_id"), rs.getString("application_id"), rs.getString("grounds"),
                rs.getString("lodged_by"));
    }

    public void decideAppeal(String appealId, boolean upheld, String decision, BigDecimal correctedScore) {
        jdbc.update("UPDATE lcea_round_appeal SET upheld = ?, decision = ?, corrected_score = ? WHERE appeal_id = ?",
                upheld, decision, correctedScore, appealId);
    }

    public void savePayments(String roundId, List<PaymentInstalment> instalments) {
        jdbc.update("DELETE FROM lcea_round_payment WHERE round_id = ?", roundId);
        jdbc.batchUpdate("INSERT INTO lcea_round_payment (round_id, employee_id, award_year, financial_year, amount, payer,"
                + " funding_source) VALUES (?, ?, ?, ?, ?, ?, ?)", instalments.stream()
                        .map(p -> new Object[] {roundId, p.employeeId(), p.awardYear(), p.financialYear(), p.amount(),
                                p.payer(), p.fundingSource().name()})
                        .toList());
    }

    /** Instalments of earlier rounds (of any employer) falling in a financial year. */
    public List<PaymentInstalment> instalmentsDueIn(int financialYear) {
        return jdbc.query("SELECT * FROM lcea_round_payment WHERE financial_year = ?",
                (rs, i) -> new PaymentInstalment(rs.getString("employee_id"), rs.getInt("award_year"),
                        rs.getInt("financial_year"), rs.getBigDecimal("amount"), rs.getString("payer"),
                        FundingSource.valueOf(rs.getString("funding_source"))),
                financialYear);
    }

    /** Removes a round and everything recorded for it (tests and benchmark clean-up). */
    public void deleteRound(String employerCode, int awardYear) {
        List<String> ids = jdbc.queryForList("SELECT round_id FROM lcea_round WHERE employer_code = ? AND award_year = ?",
                String.class, employerCode, awardYear);
        jdbc.update("DELETE FROM lcea_freed_funding WHERE employer_code = ?", employerCode);
        for (String id : ids) {
            jdbc.update("DELETE FROM lcea_round_payment WHERE round_id = ?", id);
            jdbc.update("DELETE FROM lcea_round_appeal WHERE round_id = ?", id);
            jdbc.update("DELETE FROM lcea_round_score WHERE application_id IN"
                    + " (SELECT application_id FROM lcea_round_application WHERE round_id = ?)", id);
            jdbc.update("DELETE FROM lcea_round_application WHERE round_id = ?", id);
            jdbc.update("DELETE FROM lcea_round WHERE round_id = ?", id);
        }
    }
}
