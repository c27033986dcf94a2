package uk.nhs.workforce.awards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.workforce.awards.review.ReviewScheduling.ScheduleStatus;
import uk.nhs.workforce.testsupport.ScaleDatabases;
import uk.nhs.workforce.testsupport.ScaleDatabases.Database;

/**
 * The national bulk scheduling: one employer with 50,000 award holders (90% Existing LCEAs, 10% NCEAs past
 * their renewal date), scheduled with one {@code POST /api/awards/reviews/schedule} on the application with
 * its job executor as configured in application.yml, on H2 (a file, as the default run) and on PostgreSQL.
 * Prints the request's answer time, progress while it runs, the end-to-end time and starts per second, and a
 * trivial baseline in the same run: start-to-end instances of an empty process, started in the same
 * chunks on two threads. Not a timed test: run with {@code mvn -Pbenchmark test -Dtest=ReviewSchedulingBenchmark}
 * ({@code -Dbench.holders=N} for another size).
 */
class ReviewSchedulingBenchmark {

    private static final String EMPLOYER = "TR-BENCH";
    private static final int HOLDERS = Integer.getInteger("bench.holders", 50_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onH2() throws Exception {
        try (Database db = ScaleDatabases.h2File()) {
            run(db);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (Database db = ScaleDatabases.postgres(true)) {
            run(db);
        }
    }

    private void run(Database db) throws Exception {
        try (ConfigurableApplicationContext node = ScaleDatabases.startNode(db, Map.of())) {
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            long t = System.nanoTime();
            insertHolders(jdbc);
            long importMs = ms(t);

            double baseline = trivialStartsPerSecond(node.getBean(ProcessEngine.class), 10_000);

            int port = ((WebServerApplicationContext) node).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("test.admin:test.admin.password"
                    .getBytes(StandardCharsets.UTF_8));
            String loadBefore = ScaleDatabases.load();
            long start = System.nanoTime();
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/awards/reviews/schedule?employerCode=" + EMPLOYER)).header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            long answerMs = ms(start);
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
            String id = JSON.readTree(posted.body()).get("id").asText();

            JsonNode status;
            do {
                Thread.sleep(2000);
                status = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/awards/reviews/schedule/" + id)).header("Authorization", auth).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                System.out.printf("  %5.1f s: %s, chunks %d/%d, reviews started %d, renewals started %d%n",
                        ms(start) / 1000.0, status.get("state").asText(), status.get("chunksDone").asInt(),
                        status.get("chunks").asInt(), status.get("reviewsStarted").asInt(),
                        status.get("renewalsStarted").asInt());
            } while (!"DONE".equals(status.get("state").asText()) && ms(start) < 900_000);
            long totalMs = ms(start);
            String loadAfter = ScaleDatabases.load();
            ScheduleStatus done = node.getBean(ReviewScheduling.class).status(id).orElseThrow();
            int started = done.reviewsStarted() + done.renewalsStarted();
            double perSecond = started * 1000.0 / totalMs;

            System.out.printf("%nReviewSchedulingBenchmark on %s, %d holders (import %d ms)%n"
                    + "  POST answered %d in %d ms%n"
                    + "  all started after %.1f s: %d reviews, %d renewal outcomes, %d refused: %.0f starts/s%n"
                    + "  trivial baseline (empty process, same chunks, 2 threads): %.0f starts/s; ratio %.2f%n"
                    + "  load average before %s, after %s; %d cores%n%n",
                    db.name(), HOLDERS, importMs, posted.statusCode(), answerMs, totalMs / 1000.0, done.reviewsStarted(),
                    done.renewalsStarted(), done.refused().size(), perSecond, baseline, perSecond / baseline,
                    loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
            // failed job attempts (retried), by message: each is a chunk done twice
            jdbc.query("SELECT PROCESS_DEF_KEY_, JOB_EXCEPTION_MSG_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1"
                    + " GROUP BY PROCESS_DEF_KEY_, JOB_EXCEPTION_MSG_", rs -> {
                        System.out.printf("  failed attempts: %s x %d: %s%n", rs.getString(1), rs.getInt(3), rs.getString(2));
                    });
            assertThat(done.state()).isEqualTo("DONE");
            assertThat(started).isEqualTo(HOLDERS);
        }
    }

    private static void insertHolders(JdbcTemplate jdbc) {
        jdbc.update("INSERT INTO organisation (code, name, type, region_code) VALUES (?, 'Benchmark trust', 'NHS_TRUST', 'NB')",
                EMPLOYER);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < HOLDERS; i++) {
            boolean ncea = i % 10 == 9;
            // last points 2022-2026: reviews fall due from 2027, so the run starts processes that wait (S30 16)
            rows.add(new Object[] {String.format("BENCH-%06d", i), "Dr Bench " + i, EMPLOYER, "Specialty " + (i % 20),
                    LocalDate.of(2005, 1, 1), ncea ? null : 1 + i % 8, ncea ? null : LocalDate.of(2022 + i % 5, 1 + i % 12, 1),
                    ncea ? "SILVER" : null, ncea ? LocalDate.of(2025, 1, 1) : null});
            if (rows.size() == 5000) {
                batch(jdbc, rows);
                rows.clear();
            }
        }
        batch(jdbc, rows);
    }

    private static void batch(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO consultant (employee_id, name, sex, ethnic_group, employer_code, specialty, consultant_since,
                    fte, substantive, lcea_level, lcea_last_point_date, ncea, ncea_renewal_due, distinction_award)
                VALUES (?, ?, 'M', 'NOT_STATED', ?, ?, ?, 1.0, TRUE, ?, ?, ?, ?, FALSE)""", rows);
    }

    /** Start-to-end instances of an empty process, 100 per transaction, on two threads. */
    private static double trivialStartsPerSecond(ProcessEngine engine, int count) throws Exception {
        engine.getRepositoryService().createDeployment().addModelInstance("bench-trivial.bpmn",
                Bpmn.createExecutableProcess("bench-trivial").camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .deploy();
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        long t = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int th = 0; th < 2; th++) {
            futures.add(threads.submit(() -> {
                while (next.getAndAdd(100) < count) {
                    cfg.getCommandExecutorTxRequired().execute(ctx -> {
                        for (int i = 0; i < 100; i++) {
                            engine.getRuntimeService().startProcessInstanceByKey("bench-trivial");
                        }
                        return null;
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        threads.shutdown();
        return count * 1000.0 / ms(t);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
