package uk.nhs.workforce.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.awards.review.ReviewScheduling.ScheduleStatus;
import uk.nhs.workforce.testsupport.ProcessEngineTest;

/**
 * Bulk scheduling as engine jobs (CONTRACT §6). The test engine has no job executor: each test executes
 * the scheduling jobs itself, in the order (or the concurrency) it wants to show.
 */
class ReviewSchedulingTest extends ProcessEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

    @Autowired
    private ReviewScheduling scheduling;

    private AwardRosterFixture roster;

    @BeforeEach
    void roster() {
        roster = new AwardRosterFixture(jdbcTemplate);
        roster.trusts();
        roster.consultant("RVW-S1", AwardRosterFixture.TRUST_A, "Cardiology", 4, LocalDate.of(2016, 5, 1), null, null);
        roster.consultant("RVW-S2", AwardRosterFixture.TRUST_A, "Oncology", 9, LocalDate.of(2018, 1, 1), null, null);
        roster.consultant("RVW-S3", AwardRosterFixture.TRUST_A, "Oncology", null, null, "GOLD", LocalDate.of(2023, 3, 1));
        roster.consultant("RVW-S4", AwardRosterFixture.TRUST_A, "Oncology", null, null, "BRONZE", LocalDate.of(2030, 3, 1));
        roster.consultant("RVW-S5", AwardRosterFixture.TRUST_A, "Surgery", null, null, null, null);
        roster.consultant("RVW-S6", AwardRosterFixture.TRUST_B, "Surgery", 3, LocalDate.of(2016, 5, 1), null, null);
    }

    @AfterEach
    void cleanUp() {
        deleteAllInstances();
        // an NCEA outcome in the history counts as started for its renewal date: clear it between tests
        List<String> history = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike("RVW-%").list().stream().map(h -> h.getId()).toList();
        if (!history.isEmpty()) {
            processEngine.getHistoryService().deleteHistoricProcessInstances(history);
        }
        jdbcTemplate.update("DELETE FROM review_schedule_claim");
        jdbcTemplate.update("DELETE FROM review_schedule_refusal");
        jdbcTemplate.update("DELETE FROM review_schedule_chunk");
        jdbcTemplate.update("DELETE FROM review_schedule_run");
        roster.cleanUp();
    }

    @Test
    @DisplayName("S30 15-17, 8: the action answers with an id at once; jobs start every holder's review and each overdue NCEA outcome; twice starts nothing twice")
    void idempotentBulkScheduling() {
        String first = scheduling.request(AwardRosterFixture.TRUST_A, AS_OF, "staffing.sara");
        assertThat(scheduling.status(first)).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo("RUNNING");
            assertThat(s.reviewsStarted()).isZero();
        });
        assertThat(reviews()).isZero();

        executeSchedulingJobs();
        ScheduleStatus done = scheduling.status(first).orElseThrow();
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.reviewsStarted()).isEqualTo(2);
        assertThat(done.renewalsStarted()).isEqualTo(1);
        assertThat(done.reviewsAlreadyRunning()).isZero();
        assertThat(done.refused()).isEmpty();
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("existing-lcea-review")
                .processInstanceBusinessKey("RVW-S6").count()).isZero();

        String second = scheduling.request(AwardRosterFixture.TRUST_A, AS_OF.plusDays(1), "staffing.sara");
        executeSchedulingJobs();
        ScheduleStatus again = scheduling.status(second).orElseThrow();
        assertThat(again.state()).isEqualTo("DONE");
        assertThat(again.reviewsStarted()).isZero();
        assertThat(again.renewalsStarted()).isZero();
        assertThat(again.reviewsAlreadyRunning()).isEqualTo(2);
        assertThat(again.renewalsAlreadyStarted()).isEqualTo(1);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("RVW-S3")
                .singleResult()).isNotNull();
    }

    @Test
    @DisplayName("S30 15-17, 8: a second run requested while the first is still running starts nothing twice")
    void secondRunWhileFirstRuns() {
        String first = scheduling.request(AwardRosterFixture.TRUST_A, AS_OF, "staffing.sara");
        String second = scheduling.request(AwardRosterFixture.TRUST_A, AS_OF, "admin");
        executeSchedulingJobs();

        ScheduleStatus a = scheduling.status(first).orElseThrow();
        ScheduleStatus b = scheduling.status(second).orElseThrow();
        assertThat(a.reviewsStarted() + b.reviewsStarted()).isEqualTo(2);
        assertThat(a.reviewsAlreadyRunning() + b.reviewsAlreadyRunning()).isEqualTo(2);
        assertThat(a.renewalsStarted() + b.renewalsStarted()).isEqualTo(1);
        assertThat(reviews()).isEqualTo(2);
    }

    @Test
    @DisplayName("S30 15-17: two runs' chunks at the same moment in two threads: the claim's unique constraint lets one start each review, the other's retry counts it as running")
    void twoRunsAtOnce() throws Exception {
        String first = scheduling.request(AwardRosterFixture.TRUST_A, AS_OF, "staffing.sara");
        String second = scheduling.request(AwardRosterFixture.TRUST_A, AS_OF, "admin");
        ManagementService management = processEngine.getManagementService();
        for (Job plan : management.createJobQuery().processDefinitionKey(ReviewScheduling.RUN_PROCESS_KEY).list()) {
            management.executeJob(plan.getId());
        }
        List<Job> chunks = management.createJobQuery().processDefinitionKey(ReviewScheduling.CHUNK_PROCESS_KEY).list();
        assertThat(chunks).hasSize(2);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Job chunk : chunks) {
                running.add(threads.submit(() -> {
                    together.await();
                    try {
                        management.executeJob(chunk.getId());
                    } catch (RuntimeException refusedByTheConstraint) {
                        // the loser's chunk rolls back whole; its job stays, to be retried below
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        executeSchedulingJobs();

        ScheduleStatus a = scheduling.status(first).orElseThrow();
        ScheduleStatus b = scheduling.status(second).orElseThrow();
        assertThat(a.state()).isEqualTo("DONE");
        assertThat(b.state()).isEqualTo("DONE");
        assertThat(a.reviewsStarted() + b.reviewsStarted()).isEqualTo(2);
        assertThat(a.renewalsStarted() + b.renewalsStarted()).isEqualTo(1);
        assertThat(reviews()).isEqualTo(2);
        assertThat(jdbcTemplate.queryForObject("SELECT COUNT(*) FROM review_schedule_claim", Integer.class)).isEqualTo(3);
    }

    @Test
    @DisplayName("S30 16: a start the review process refuses is reported by name; the rest of its chunk still starts")
    void refusedStartIsReported() {
        // level 12 does not exist (S30 16: levels 1-9); the review process's own start check refuses it
        roster.consultant("RVW-S7", AwardRosterFixture.TRUST_A, "Surgery", 12, LocalDate.of(2016, 5, 1), null, null);
        String id = scheduling.request(AwardRosterFixture.TRUST_A, AS_OF, "staffing.sara");
        executeSchedulingJobs();

        ScheduleStatus s = scheduling.status(id).orElseThrow();
        assertThat(s.state()).isEqualTo("DONE");
        assertThat(s.reviewsStarted()).isEqualTo(2);
        assertThat(s.renewalsStarted()).isEqualTo(1);
        assertThat(s.refused()).singleElement().asString().startsWith("RVW-S7 (existing-lcea-review)")
                .contains("currentLevel");
        assertThat(reviews()).isEqualTo(2);
    }

    @Test
    @DisplayName("Bulk scheduling refuses an employer that is not on the roster")
    void unknownEmployer() {
        assertThatThrownBy(() -> scheduling.request("TR-NOPE", AS_OF, "admin")).hasMessageContaining("employerCode");
    }

    private long reviews() {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("existing-lcea-review")
                .count();
    }

    /** Executes the runs' and chunks' jobs, retries included, until none is left. */
    private void executeSchedulingJobs() {
        ManagementService management = processEngine.getManagementService();
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = new ArrayList<>(management.createJobQuery()
                    .processDefinitionKey(ReviewScheduling.RUN_PROCESS_KEY).withRetriesLeft().list());
            jobs.addAll(management.createJobQuery().processDefinitionKey(ReviewScheduling.CHUNK_PROCESS_KEY)
                    .withRetriesLeft().list());
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failedAttempt) {
                    // recorded on the job (retries, exception): the next round retries it
                }
            }
        }
        throw new AssertionError("scheduling jobs still left after 20 rounds");
    }
}
