package uk.nhs.workforce.awards.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bulk scheduling's own tables (V71_1): runs, finished chunks, refusals and the claims whose unique
 * constraint makes every start happen once per consultant, kind and due date.
 */
@Repository
class ReviewScheduleRepository {

    /** What a run has done so far. */
    record Progress(int chunksDone, int reviewsStarted, int reviewsAlreadyRunning, int renewalsStarted,
            int renewalsAlreadyStarted) {
    }

    record Run(String id, String employerCode, LocalDate asOf, Integer chunkCount) {
    }

    /** A start about to be made: consultant, kind (REVIEW or RENEWAL) and due date. */
    record Claim(String employeeId, String kind, LocalDate dueOn) {
        String key() {
            return employeeId + "|" + kind + "|" + dueOn;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    ReviewScheduleRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertRun(String id, String employerCode, LocalDate asOf, String requestedBy) {
        jdbc.update("""
                INSERT INTO review_schedule_run (id, employer_code, as_of, requested_by, requested_at)
                VALUES (:id, :e, :asOf, :by, :at)""",
                Map.of("id", id, "e", employerCode, "asOf", asOf, "by", requestedBy == null ? "" : requestedBy,
                        "at", Timestamp.from(Instant.now())));
    }

    Optional<Run> run(String id) {
        return jdbc.query("SELECT id, employer_code, as_of, chunk_count FROM review_schedule_run WHERE id = :id",
                Map.of("id", id), (rs, n) -> new Run(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        (Integer) rs.getObject(4))).stream().findFirst();
    }

    void setChunkCount(String runId, int chunkCount) {
        jdbc.update("UPDATE review_schedule_run SET chunk_count = :c WHERE id = :id", Map.of("c", chunkCount, "id", runId));
    }

    boolean chunkDone(String runId, int chunkNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM review_schedule_chunk WHERE run_id = :r AND chunk_no = :c",
                Map.of("r", runId, "c", chunkNo), Integer.class) > 0;
    }

    /** Claims already made for consultants between two employee ids (inclusive), as {@link Claim#key()}. */
    Set<String> claimsBetween(String firstEmployeeId, String lastEmployeeId) {
        Set<String> keys = new HashSet<>();
        jdbc.query("SELECT employee_id, kind, due_on FROM review_schedule_claim WHERE employee_id BETWEEN :f AND :l",
                Map.of("f", firstEmployeeId, "l", lastEmployeeId), rs -> {
                    keys.add(new Claim(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()).key());
                });
        return keys;
    }

    /** Inserts the claims; a claim another run made meanwhile fails the whole chunk, whose job is then retried. */
    void insertClaims(String runId, List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object>[] rows = claims.stream()
                .map(c -> Map.<String, Object>of("id", c.employeeId(), "k", c.kind(), "d", c.dueOn(), "r", runId))
                .toArray(Map[]::new);
        jdbc.batchUpdate("INSERT INTO review_schedule_claim (employee_id, kind, due_on, run_id) VALUES (:id, :k, :d, :r)",
                rows);
    }

    void insertChunk(String runId, int chunkNo, int reviewsStarted, int reviewsAlreadyRunning, int renewalsStarted,
            int renewalsAlreadyStarted) {
        jdbc.update("""
                INSERT INTO review_schedule_chunk (run_id, chunk_no, reviews_started, reviews_already_running,
                    renewals_started, renewals_already_started, finished_at)
                VALUES (:r, :c, :rs, :ra, :ns, :na, :at)""",
                Map.of("r", runId, "c", chunkNo, "rs", reviewsStarted, "ra", reviewsAlreadyRunning, "ns", renewalsStarted,
                        "na", renewalsAlreadyStarted, "at", Timestamp.from(Instant.now())));
    }

    void insertRefusal(String runId, String employeeId, String processKey, String reason) {
        String r = reason == null ? "refused" : reason;
        jdbc.update("INSERT INTO review_schedule_refusal (run_id, employee_id, process_key, reason) VALUES (:r, :e, :k, :m)",
                Map.of("r", runId, "e", employeeId, "k", processKey, "m", r.length() > 1000 ? r.substring(0, 1000) : r));
    }

    Progress progress(String runId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(reviews_started), 0), COALESCE(SUM(reviews_already_running), 0),
                       COALESCE(SUM(renewals_started), 0), COALESCE(SUM(renewals_already_started), 0)
                FROM review_schedule_chunk WHERE run_id = :r""", Map.of("r", runId),
                (rs, n) -> new Progress(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
    }

    /** At most {@code limit} refusals of a run, as "employeeId (process): reason". */
    List<String> refusals(String runId, int limit) {
        return jdbc.query("SELECT employee_id, process_key, reason FROM review_schedule_refusal WHERE run_id = :r"
                + " ORDER BY employee_id, process_key", Map.of("r", runId),
                rs -> {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next() && out.size() < limit) {
                        out.add(rs.getString(1) + " (" + rs.getString(2) + "): " + rs.getString(3));
                    }
                    return out;
                });
    }
}
