package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

/**
 * A round for an employer of 2,000 consultants, 400 applications and a 7-member committee (2,800 scoring
 * tasks) run through the engine; prints the time of each phase. Not a timed test: excluded from surefire,
 * run with {@code mvn -o test -Dtest=LceaAnnualRoundBenchmark}.
 */
class LceaAnnualRoundBenchmark extends ProcessEngineTest {

    static final String TRUST = "TR-BENCH";
    static final int CONSULTANTS = 2000;
    static final int APPLICATIONS = 400;
    static final int MEMBERS = 7;

    @Autowired
    RoundRepository rounds;
    @Autowired
    IdentityService identityService;

    @Test
    void roundOf2000Consultants400Applications7Members() {
        TaskService tasks = processEngine.getTaskService();
        List<String> members = new ArrayList<>();
        boolean createdGroup = identityService.createGroupQuery().groupId(OpenRoundListener.COMMITTEE_GROUP).count() == 0;
        try {
            long t0 = System.nanoTime();
            jdbcTemplate.update("INSERT INTO organisation (code, name, type) VALUES (?, 'Benchmark NHS Trust', 'NHS_TRUST')", TRUST);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < CONSULTANTS; i++) {
                rows.add(new Object[] {String.format("BX-%04d", i), "Dr Bench " + i, i % 2 == 0 ? "F" : "M",
                        List.of("WHITE", "ASIAN", "BLACK", "MIXED", "OTHER").get(i % 5), TRUST, "Specialty " + (i % 12),
                        Date.valueOf(i % 40 == 0 ? "2018-10-01" : "2010-01-01"), new BigDecimal(i % 4 == 0 ? "0.6" : "1.0"),
                        i % 50 != 0, i % 97 == 0 ? 9 : null, i % 101 == 0 ? "BRONZE" : null, false});
            }
            jdbcTemplate.batchUpdate("INSERT INTO consultant (employee_id, name, sex, ethnic_group, employer_code, specialty,"
                    + " consultant_since, fte, substantive, lcea_level, ncea, distinction_award) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            if (createdGroup) {
                identityService.saveGroup(identityService.newGroup(OpenRoundListener.COMMITTEE_GROUP));
            }
            for (int m = 0; m < MEMBERS; m++) {
                User u = identityService.newUser("bench.m" + m);
                identityService.saveUser(u);
                identityService.createMembership(u.getId(), OpenRoundListener.COMMITTEE_GROUP);
                members.add(u.getId());
            }
            lap("roster of " + CONSULTANTS + " consultants and " + MEMBERS + " committee members loaded", t0);

            clock("2019-04-10T09:00");
            t0 = System.nanoTime();
            ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey("lcea-annual-round",
                    Map.of("employerCode", TRUST, "awardYear", 2019, "pointValue", 3016.0));
            lap("round opened (eligibility of " + CONSULTANTS + ", eligibleCount="
                    + processEngine.getRuntimeService().getVariable(pi.getId(), "eligibleCount") + ")", t0);

            complete(first(pi, "Task_ProposeScheme"), Map.of("allocationMethod", "COMPETITIVE", "awardPeriodYears", "3",
                    "awardValue", 3016, "tieRule", "AWARD_ALL_TIED", "closingDate", "2019-05-31", "committeeChair", members.get(0)));
            complete(first(pi, "Task_JlncScheme"), Map.of("jlncAgreed", "true"));

            t0 = System.nanoTime();
            for (int i = 0, applied = 0; applied < APPLICATIONS; i++) {
                if (i % 40 == 0 || i % 50 == 0 || i % 97 == 0 || i % 101 == 0) {
                    continue; // not eligible in 2019
                }
                Map<String, Object> application = new HashMap<>();
                application.put("applicantId", String.format("BX-%04d", i));
                for (ScoringDomain d : ScoringDomain.values()) {
                    application.put(d.statementVariable(), d.label() + " statement of applicant " + i + ". ".repeat(20));
                }
                complete(first(pi, "Task_RecordApplication"), application);
                applied++;
            }
            lap(APPLICATIONS + " applications recorded", t0);

            t0 = System.nanoTime();
            clock("2019-06-01T09:00");
            processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
                    .processInstanceId(pi.getId()).activityId("BoundaryEvent_ApplicationsClosed").singleResult().getId());
            lap("applications closed: " + processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                    .activityId("SubProcess_ScoreApplications").count() + " scoring jobs created", t0);
            t0 = System.nanoTime();
            // each application's scoring opens in its own job and transaction
            for (Job j : processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                    .activityId("SubProcess_ScoreApplications").list()) {
                processEngine.getManagementService().executeJob(j.getId());
            }
            lap("applications closed: " + count(pi, "Task_ScoreApplication") + " scoring tasks created", t0);

            t0 = System.nanoTime();
            int scored = 0;
            String[] values = {"10", "6", "2", "0"};
            for (List<Task> page = page(pi, "Task_ScoreApplication"); !page.isEmpty(); page = page(pi, "Task_ScoreApplication")) {
                for (Task t : page) {
                    int seed = (t.getId().hashCode() & 0x7fffffff);
                    Map<String, Object> ratings = new HashMap<>();
                    for (ScoringDomain d : ScoringDomain.values()) {
                        ratings.put(d.ratingVariable(), values[(seed >> d.ordinal()) % 3]);
                    }
                    complete(t, ratings);
                    scored++;
                }
            }
            int moderated = 0;
            for (List<Task> page = page(pi, "Task_ModerateScores"); !page.isEmpty(); page = page(pi, "Task_ModerateScores")) {
                for (Task t : page) {
                    complete(t, Map.of("setAsideOutliers", "false", "moderationNote", "Scores stand"));
                    moderated++;
                }
            }
            lap(scored + " scoring tasks and " + moderated + " moderations completed, ranked and allocated", t0);

            t0 = System.nanoTime();
            complete(first(pi, "Task_ConfirmAllocation"), Map.of("allocationConfirmed", "true"));
            clock("2019-07-01T09:00");
            processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
                    .processInstanceId(pi.getId()).activityId("BoundaryEvent_AppealsWindowClosed").singleResult().getId());
            lap("confirmed, published, appeals window closed, payments scheduled, report produced ("
                    + processEngine.getRuntimeService().getVariable(pi.getId(), "awardsCount") + " awards)", t0);
            complete(first(pi, "Task_SignOffReport"), Map.of("reportSignedOff", true));
        } finally {
            ClockUtil.reset();
            processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("lcea-annual-round").list()
                    .forEach(p -> processEngine.getRuntimeService().deleteProcessInstance(p.getId(), "benchmark", true, true));
            rounds.deleteRound(TRUST, 2019);
            jdbcTemplate.update("DELETE FROM consultant WHERE employer_code = ?", TRUST);
            jdbcTemplate.update("DELETE FROM organisation WHERE code = ?", TRUST);
            members.forEach(identityService::deleteUser);
            if (createdGroup) {
                identityService.deleteGroup(OpenRoundListener.COMMITTEE_GROUP);
            }
        }
    }

    private List<Task> page(ProcessInstance pi, String key) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .listPage(0, 500);
    }

    private long count(ProcessInstance pi, String key) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).count();
    }

    private Task first(ProcessInstance pi, String key) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .list().get(0);
    }

    private void complete(Task t, Map<String, Object> vars) {
        processEngine.getTaskService().complete(t.getId(), vars);
    }

    private static void clock(String isoLocal) {
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.parse(isoLocal).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private static void lap(String what, long startNanos) {
        System.out.printf("[LceaAnnualRoundBenchmark] %-110s %8d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
