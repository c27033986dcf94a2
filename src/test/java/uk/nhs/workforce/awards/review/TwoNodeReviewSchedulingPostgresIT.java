package uk.nhs.workforce.awards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.nhs.workforce.Application;
import uk.nhs.workforce.awards.review.ReviewScheduling.ScheduleStatus;
import uk.nhs.workforce.testsupport.ScaleDatabases;
import uk.nhs.workforce.testsupport.ScaleDatabases.Database;

/**
 * Camunda's own scale-out: two application nodes on one PostgreSQL database, both running the job
 * executor. Node A runs in this JVM, node B in a second JVM. A bulk scheduling run of 2,000 holders in chunks of 10 is
 * requested; once node B has done some of its chunks it is killed (SIGKILL, in the middle of its jobs).
 * Node A takes over B's locked jobs when their locks expire. Every review and renewal outcome is started
 * exactly once, and every review timer that was due fired exactly once (S30 8, 15-17).
 * On the server named by {@code -Dpostgres.it.url} (CI), else on an embedded PostgreSQL.
 */
class TwoNodeReviewSchedulingPostgresIT {

    private static final int HOLDERS = 2_000;
    /** lock time of both nodes: how long node B's jobs stay locked after it died */
    private static final String LOCK_TIME = "15000";

    @Test
    @DisplayName("S30 8, 15-17: two nodes on one PostgreSQL, one killed mid-run: every review started once, every due timer fired once")
    void killOneNodeMidRun() throws Exception {
        String employer = "TN-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String prefix = employer + "-";
        Path logB = Path.of("target", "two-node-" + employer + "-node-b.log");
        Files.createDirectories(logB.getParent());
        try (Database db = ScaleDatabases.postgres(false);
             ConfigurableApplicationContext nodeA = ScaleDatabases.startNode(db, node("node-a"))) {
            JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
            insertHolders(jdbc, employer, prefix);
            int dueReviews = jdbc.queryForObject("SELECT COUNT(*) FROM consultant WHERE employer_code = ?"
                    + " AND lcea_level IS NOT NULL AND lcea_last_point_date < DATE '2016-01-01'", Integer.class, employer);

            Process nodeB = startSecondJvm(db, logB);
            try {
                awaitLog(nodeB, logB, "Started Application", 240);
                ReviewScheduling scheduling = nodeA.getBean(ReviewScheduling.class);
                String id = scheduling.request(employer, LocalDate.of(2026, 1, 1), "test.admin");

                // kill node B once it has finished some chunks and the run is not yet half done
                long deadline = System.currentTimeMillis() + 240_000;
                while (System.currentTimeMillis() < deadline) {
                    ScheduleStatus s = scheduling.status(id).orElseThrow();
                    int byB = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE HOSTNAME_ = 'node-b'"
                            + " AND JOB_STATE_ = 2 AND PROCESS_DEF_KEY_ = ?", Integer.class,
                            ReviewScheduling.CHUNK_PROCESS_KEY);
                    if (byB > 0 && s.chunks() > 0) {
                        System.out.printf("killing node B with %d/%d chunks done (%d by node B)%n", s.chunksDone(),
                                s.chunks(), byB);
                        break;
                    }
                    Thread.sleep(200);
                }
                assertThat(scheduling.status(id).orElseThrow().state()).as("node B is killed mid-run").isEqualTo("RUNNING");
            } finally {
                nodeB.destroyForcibly().waitFor();
            }

            String id = jdbc.queryForObject("SELECT id FROM review_schedule_run WHERE employer_code = ?", String.class,
                    employer);
            ReviewScheduling scheduling = nodeA.getBean(ReviewScheduling.class);
            long deadline = System.currentTimeMillis() + 240_000;
            ScheduleStatus s = scheduling.status(id).orElseThrow();
            while (System.currentTimeMillis() < deadline
                    && (!"DONE".equals(s.state()) || timersFired(jdbc, prefix) < dueReviews)) {
                Thread.sleep(500);
                s = scheduling.status(id).orElseThrow();
            }

            int lceaHolders = HOLDERS - HOLDERS / 10;
            assertThat(s.state()).isEqualTo("DONE");
            assertThat(s.reviewsStarted()).isEqualTo(lceaHolders);
            assertThat(s.renewalsStarted()).isEqualTo(HOLDERS / 10);
            assertThat(s.reviewsAlreadyRunning() + s.renewalsAlreadyStarted()).isZero();
            assertThat(s.refused()).isEmpty();
            // each consultant's review and renewal outcome started exactly once, whatever node B had begun
            assertThat(jdbc.queryForList("SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ IN (?, ?)"
                    + " AND BUSINESS_KEY_ LIKE ? GROUP BY PROC_DEF_KEY_, BUSINESS_KEY_ HAVING COUNT(*) > 1", String.class,
                    ReviewStartValidation.PROCESS_KEY, ReviewScheduling.NCEA_PROCESS_KEY, prefix + "%")).isEmpty();
            assertThat(instances(jdbc, ReviewStartValidation.PROCESS_KEY, prefix)).isEqualTo(lceaHolders);
            assertThat(instances(jdbc, ReviewScheduling.NCEA_PROCESS_KEY, prefix)).isEqualTo(HOLDERS / 10);
            // every due review timer fired once (S30 16): one successful execution per instance, none twice
            assertThat(timersFired(jdbc, prefix)).isEqualTo(dueReviews);
            assertThat(jdbc.queryForList("SELECT L.PROCESS_INSTANCE_ID_ FROM ACT_HI_JOB_LOG L JOIN ACT_HI_PROCINST P"
                    + " ON P.ID_ = L.PROCESS_INSTANCE_ID_ WHERE L.ACT_ID_ = 'TimerEvent_ReviewDue' AND L.JOB_STATE_ = 2"
                    + " AND P.BUSINESS_KEY_ LIKE ? GROUP BY L.PROCESS_INSTANCE_ID_ HAVING COUNT(*) > 1", String.class,
                    prefix + "%")).isEmpty();
            // both nodes did chunks
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT HOSTNAME_) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                    + " AND PROCESS_DEF_KEY_ = ?", Integer.class, ReviewScheduling.CHUNK_PROCESS_KEY)).isEqualTo(2);
        }
    }

    private static Map<String, Object> node(String hostname) {
        Map<String, Object> p = new HashMap<>();
        p.put("camunda.bpm.generic-properties.properties.hostname", hostname);
        p.put("camunda.bpm.job-execution.lock-time-in-millis", LOCK_TIME);
        p.put("app.awards.review-scheduling.chunk-size", "10"); // 200 chunks: node B is killed long before the last
        return p;
    }

    private static Process startSecondJvm(Database db, Path log) throws Exception {
        Map<String, Object> p = new HashMap<>(db.properties());
        p.putAll(node("node-b"));
        p.put("server.port", "0");
        p.put("camunda.bpm.job-execution.enabled", "true");
        p.put("spring.profiles.active", "test");
        // node A has deployed the models; node B runs them from the database (the launcher's class path
        // would otherwise offer the same models twice)
        p.put("camunda.bpm.auto-deployment-enabled", "false");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(ScaleDatabases.args(p)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitLog(Process process, Path log, String line, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("node B ended: see " + log.toAbsolutePath());
            }
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node B did not start in " + seconds + " s: see " + new File(log.toString()).getAbsolutePath());
    }

    private static void insertHolders(JdbcTemplate jdbc, String employer, String prefix) {
        jdbc.update("INSERT INTO organisation (code, name, type, region_code) VALUES (?, 'Two-node trust', 'NHS_TRUST', 'NB')",
                employer);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < HOLDERS; i++) {
            boolean ncea = i % 10 == 9;
            // half the reviews were due long ago (their timers fire at once), half wait years (S30 16)
            LocalDate lastPoint = i % 2 == 0 ? LocalDate.of(2014, 1 + i % 12, 1) : LocalDate.of(2024, 1 + i % 12, 1);
            rows.add(new Object[] {prefix + String.format("%05d", i), "Dr Node " + i, employer, "Cardiology",
                    LocalDate.of(2005, 1, 1), ncea ? null : 1 + i % 8, ncea ? null : lastPoint,
                    ncea ? "SILVER" : null, ncea ? LocalDate.of(2025, 1, 1) : null});
        }
        jdbc.batchUpdate("""
                INSERT INTO consultant (employee_id, name, sex, ethnic_group, employer_code, specialty, consultant_since,
                    fte, substantive, lcea_level, lcea_last_point_date, ncea, ncea_renewal_due, distinction_award)
                VALUES (?, ?, 'F', 'NOT_STATED', ?, ?, ?, 1.0, TRUE, ?, ?, ?, ?, FALSE)""", rows);
    }

    private static int instances(JdbcTemplate jdbc, String processKey, String prefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND BUSINESS_KEY_ LIKE ?",
                Integer.class, processKey, prefix + "%");
    }

    private static int timersFired(JdbcTemplate jdbc, String prefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_JOB_LOG L JOIN ACT_HI_PROCINST P ON P.ID_ ="
                + " L.PROCESS_INSTANCE_ID_ WHERE L.ACT_ID_ = 'TimerEvent_ReviewDue' AND L.JOB_STATE_ = 2"
                + " AND P.BUSINESS_KEY_ LIKE ?", Integer.class, prefix + "%");
    }
}
