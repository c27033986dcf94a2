package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

class LceaAnnualRoundProcessTest extends ProcessEngineTest {

    static final String KEY = "lcea-annual-round";
    static final String TRUST = "TR-RNDT";
    static final List<String> COMMITTEE = List.of("rt.chair", "rt.m1", "rt.m2");

    @Autowired
    RoundRepository rounds;
    @Autowired
    RoundSettings settings;
    @Autowired
    IdentityService identityService;

    private boolean createdGroup;
    private Map<Integer, BigDecimal> levelValuesBefore;

    @BeforeEach
    void roster() {
        jdbcTemplate.update("INSERT INTO organisation (code, name, type) VALUES (?, 'Round Test Hospitals NHS Trust', 'NHS_TRUST')", TRUST);
        consultant("RT-A", "2010-01-01", "1.0", true, null, null, false, "F", "ASIAN", "Cardiology");
        consultant("RT-B", "2018-04-01", "0.5", true, null, null, false, "M", "WHITE", "Renal");
        consultant("RT-C", "2018-04-02", "1.0", true, null, null, false, "F", "WHITE", "Renal");
        consultant("RT-D", "2005-01-01", "1.0", true, 9, null, false, "M", "BLACK", "Surgery");
        consultant("RT-E", "2005-01-01", "1.0", true, null, "GOLD", false, "M", "WHITE", "Surgery");
        consultant("RT-F", "2012-01-01", "0.8", false, null, null, false, "F", "MIXED", "Cardiology");
        consultant("RT-G", "2012-01-01", "1.0", true, 3, null, false, "M", "WHITE", "Surgery");
        if (identityService.createGroupQuery().groupId(OpenRoundListener.COMMITTEE_GROUP).count() == 0) {
            var g = identityService.newGroup(OpenRoundListener.COMMITTEE_GROUP);
            g.setName("Awards committee");
            identityService.saveGroup(g);
            createdGroup = true;
        }
        for (String id : COMMITTEE) {
            User u = identityService.newUser(id);
            u.setFirstName(id);
            u.setLastName("Test");
            identityService.saveUser(u);
            identityService.createMembership(id, OpenRoundListener.COMMITTEE_GROUP);
        }
        clock("2019-04-15T09:00");
        levelValuesBefore = new HashMap<>(settings.getLevelValues());
        // RT-G holds level 3, RT-D level 9: £5550 a year together (S30 14 i)
        settings.getLevelValues().put(3, new BigDecimal("1550"));
        settings.getLevelValues().put(9, new BigDecimal("4000"));
    }

    @AfterEach
    void cleanRoster() {
        settings.setLevelValues(levelValuesBefore);
        deleteAllInstances();
        for (int year = 2017; year <= 2023; year++) {
            rounds.deleteRound(TRUST, year);
        }
        jdbcTemplate.update("DELETE FROM consultant WHERE employer_code = ?", TRUST);
        jdbcTemplate.update("DELETE FROM organisation WHERE code = ?", TRUST);
        COMMITTEE.forEach(identityService::deleteUser);
        if (createdGroup) {
            identityService.deleteGroup(OpenRoundListener.COMMITTEE_GROUP);
        }
    }

    private void consultant(String id, String since, String fte, boolean substantive, Integer lcea, String ncea,
            boolean distinction, String sex, String ethnic, String specialty) {
        jdbcTemplate.update("INSERT INTO consultant (employee_id, name, sex, ethnic_group, employer_code, specialty,"
                + " consultant_since, fte, substantive, lcea_level, ncea, distinction_award) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, "Dr " + id, sex, ethnic, TRUST, specialty, java.sql.Date.valueOf(since), new BigDecimal(fte),
                substantive, lcea, ncea, distinction);
    }

    private static void clock(String isoLocal) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoLocal).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private ProcessInstance start(Map<String, Object> vars) {
        return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, vars);
    }

    private static Map<String, Object> inputs(int year, Double pointValue, Double carryForward) {
        Map<String, Object> m = new HashMap<>();
        m.put("employerCode", TRUST);
        m.put("awardYear", year);
        if (pointValue != null) {
            m.put("pointValue", pointValue);
        }
        if (carryForward != null) {
            m.put("carryForward", carryForward);
        }
        return m;
    }

    private Task task(ProcessInstance pi, String key) {
        List<Task> tasks = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(key).list();
        assertThat(tasks).as("open %s tasks", key).hasSize(1);
        return tasks.get(0);
    }

    private void complete(Task t, Map<String, Object> vars) {
        processEngine.getTaskService().complete(t.getId(), vars);
    }

    private static Map<String, Object> application(String applicant) {
        Map<String, Object> m = new HashMap<>();
        m.put("applicantId", applicant);
        for (ScoringDomain d : ScoringDomain.values()) {
            m.put(d.statementVariable(), d.label() + " evidence of " + applicant);
        }
        return m;
    }

    private static Map<String, Object> ratings(String value) {
        Map<String, Object> m = new HashMap<>();
        for (ScoringDomain d : ScoringDomain.values()) {
            m.put(d.ratingVariable(), value);
        }
        return m;
    }

    private void openCompetitive2019(ProcessInstance pi) {
        complete(task(pi, "Task_ProposeScheme"), Map.of("allocationMethod", "COMPETITIVE", "awardPeriodYears", "3",
                "awardValue", 3000, "tieRule", "AWARD_ALL_TIED", "closingDate", "2019-05-31", "committeeChair", "rt.chair"));
        complete(task(pi, "Task_JlncScheme"), Map.of("jlncAgreed", "true", "jlncCarryForwardAgreed", false));
    }

    private void closeBy(ProcessInstance pi, String activityId) {
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(activityId).singleResult();
        processEngine.getManagementService().executeJob(timer.getId());
        // each application's scoring opens in its own job
        processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId("SubProcess_ScoreApplications")
                .list().forEach(j -> processEngine.getManagementService().executeJob(j.getId()));
    }

    @Test
    @DisplayName("S30 5: the round's outputs are set before the first user task from the 1 April eligibility")
    void outputsBeforeFirstTask() {
        ProcessInstance pi = start(inputs(2019, 3000.0, 500.0));
        assertThat(pi).isWaitingAt("Task_ProposeScheme");
        Map<String, Object> v = processEngine.getRuntimeService().getVariables(pi.getId());
        assertThat(v).containsEntry("fundingRegime", "POINTS_RATIO").containsEntry("eligibleCount", 4);
        // A 1.0, B 0.5 (exactly one year), F 0.8 (non-substantive, eligible to 2020), G 1.0
        assertThat((Double) v.get("eligibleFte")).isEqualTo(3.3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat((Double) v.get("minimumPoints")).isEqualTo(0.99, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(v.get("minimumInvestment")).isEqualTo(2970.0);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("LCEA-" + TRUST + "-2019").count()).isEqualTo(1);
    }

    @Test
    @DisplayName("S30 14: a 2021 round is PER_FTE: substantive eligible incl. level 9, £7900 per eligible FTE, no minimumPoints")
    void perFteOutputs() {
        ProcessInstance pi = start(inputs(2021, null, null));
        Map<String, Object> v = processEngine.getRuntimeService().getVariables(pi.getId());
        assertThat(v).containsEntry("fundingRegime", "PER_FTE").containsEntry("eligibleCount", 5)
                .containsEntry("minimumInvestment", 35550.0);
        assertThat(v.get("minimumPoints")).isNull();
    }

    @Test
    @DisplayName("S30 2, 3: bad starts are refused naming the input and leave no instance")
    void refusedStarts() {
        assertThatThrownBy(() -> start(inputs(2017, 3000.0, null))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("awardYear").hasMessageContaining("S30 3").hasMessageContaining("Existing LCEAs");
        Map<String, Object> unknown = inputs(2019, 3000.0, null);
        unknown.put("employerCode", "TR-NOPE");
        assertThatThrownBy(() -> start(unknown)).hasMessageContaining("employerCode").hasMessageContaining("TR-NOPE");
        Map<String, Object> noYear = inputs(2019, 3000.0, null);
        noYear.remove("awardYear");
        assertThatThrownBy(() -> start(noYear)).hasMessageContaining("awardYear is required");
        BigDecimal configured = settings.getPointValues().remove(2020);
        try {
            assertThatThrownBy(() -> start(inputs(2020, null, null))).hasMessageContaining("pointValue")
                    .hasMessageContaining("app.awards.round.point-values.2020");
        } finally {
            if (configured != null) {
                settings.getPointValues().put(2020, configured);
            }
        }
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    @DisplayName("Issue 5 step 1: a second round for the same employer and year is refused")
    void secondRoundRefused() {
        start(inputs(2019, 3000.0, null));
        assertThatThrownBy(() -> start(inputs(2019, 3000.0, null))).hasMessageContaining("already has a round");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("S30 2, 8: to 2020 a scheme the JLNC does not agree goes back to medical staffing")
    void jlncDisagrees() {
        ProcessInstance pi = start(inputs(2019, 3000.0, null));
        complete(task(pi, "Task_ProposeScheme"), Map.of("allocationMethod", "EQUAL_DISTRIBUTION", "closingDate", "2019-05-31"));
        complete(task(pi, "Task_JlncScheme"), Map.of("jlncAgreed", "false"));
        assertThat(pi).isWaitingAt("Task_ProposeScheme");
    }

    @Test
    @DisplayName("Issue 5: competitive round: applications (ineligible and late refused), scoring (7 refused), allocation, appeals upheld and dismissed, payments, report")
    void competitiveRound() {
        ProcessInstance pi = start(inputs(2019, 3000.0, 3030.0)); // pot 2970 + 3030 = 6000
        openCompetitive2019(pi);
        assertThat(pi).isWaitingAt("Task_RecordApplication");

        assertThatThrownBy(() -> complete(task(pi, "Task_RecordApplication"), application("RT-C")))
                .hasMessageContaining("applicantId").hasMessageContaining("not eligible");
        Map<String, Object> noStatement = application("RT-A");
        noStatement.remove("researchStatement");
        assertThatThrownBy(() -> complete(task(pi, "Task_RecordApplication"), noStatement))
                .hasMessageContaining("researchStatement");
        for (String applicant : List.of("RT-A", "RT-B", "RT-F", "RT-G")) {
            complete(task(pi, "Task_RecordApplication"), application(applicant));
        }
        assertThatThrownBy(() -> complete(task(pi, "Task_RecordApplication"), application("RT-A")))
                .hasMessageContaining("already applied");

        clock("2019-06-01T10:00");
        assertThatThrownBy(() -> complete(task(pi, "Task_RecordApplication"), application("RT-D")))
                .hasMessageContaining("late application refused");
        closeBy(pi, "BoundaryEvent_ApplicationsClosed");
        assertThat(rounds.applications(pi.getId())).hasSize(4);

        List<Task> scoring = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ScoreApplication").list();
        assertThat(scoring).hasSize(12);
        Task first = scoring.get(0);
        Map<String, Object> seven = ratings("6");
        seven.put("leadershipRating", 7);
        assertThatThrownBy(() -> complete(first, seven)).hasMessageContaining("leadershipRating").hasMessageContaining("7");
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(first.getId()).count()).isEqualTo(1);

        Map<String, String> ratingFor = Map.of("RT-A", "10", "RT-G", "6", "RT-B", "2", "RT-F", "2");
        for (Task t : scoring) {
            String applicationId = (String) processEngine.getTaskService().getVariable(t.getId(), "applicationId");
            String applicant = applicationId.substring(applicationId.indexOf(':') + 1);
            if (applicant.equals("RT-A") && t.getAssignee().equals("rt.m2")) {
                complete(t, Map.of("conflictOfInterest", true));
            } else {
                complete(t, ratings(ratingFor.get(applicant)));
            }
        }
        assertThat(pi).isWaitingAt("Task_ConfirmAllocation");
        Task confirm = task(pi, "Task_ConfirmAllocation");
        assertThat(confirm.getAssignee()).isEqualTo("rt.chair");
        Map<String, Object> v = processEngine.getRuntimeService().getVariables(pi.getId());
        assertThat(v).containsEntry("awardsCount", 2).containsEntry("awardedTotal", 6000.0);
        assertThat((String) v.get("allocationRule")).contains("ties at the cut-off");
        complete(confirm, Map.of("allocationConfirmed", "true"));

        // appeals: F's upheld (re-scored to the cut-off), B's dismissed
        complete(task(pi, "Task_LodgeAppeal"), Map.of("appellantApplication", pi.getId() + ":RT-F",
                "appealGrounds", "My research domain was overlooked"));
        complete(task(pi, "Task_LodgeAppeal"), Map.of("appellantApplication", pi.getId() + ":RT-B",
                "appealGrounds", "I disagree with the scores"));
        List<Task> panel = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_DecideAppeal").list();
        assertThat(panel).hasSize(2);
        for (Task t : panel) {
            String details = (String) processEngine.getTaskService().getVariable(t.getId(), "appellantDetails");
            if (details.contains("RT-F")) {
                Map<String, Object> upheld = ratings("6");
                upheld.put("appealUpheld", "true");
                upheld.put("appealDecision", "The committee overlooked the research evidence");
                complete(t, upheld);
            } else {
                assertThatThrownBy(() -> complete(t, Map.of("appealUpheld", "true", "appealDecision", "x")))
                        .hasMessageContaining("serviceDeliveryRating");
                complete(t, Map.of("appealUpheld", "false", "appealDecision", "Scores were consistent and fair"));
            }
        }
        v = processEngine.getRuntimeService().getVariables(pi.getId());
        assertThat(v).containsEntry("awardsCount", 3).containsEntry("fundedAbovePot", 2400.0);

        clock("2019-07-01T10:00");
        closeBy(pi, "BoundaryEvent_AppealsWindowClosed");
        assertThat(pi).isWaitingAt("Task_SignOffReport");
        List<Map<String, Object>> payments = jdbcTemplate.queryForList(
                "SELECT * FROM lcea_round_payment WHERE round_id = ? AND employee_id = 'RT-A' ORDER BY financial_year", pi.getId());
        assertThat(payments).extracting(r -> r.get("funding_source")).containsExactly("ROUND_POT",
                "RECURRENT_TO_MARCH_2021", "LATER_POT_NEW_LCEA");
        assertThat(RoundVariables.textOf(processEngine.getRuntimeService().getVariable(pi.getId(), "spendingReportCsv")))
                .contains("equality,sex,female,2,2,5400.00");
        complete(task(pi, "Task_SignOffReport"), Map.of("reportSignedOff", true));
        assertThat(pi).isEnded().hasPassed("EndEvent_RoundComplete");
    }

    @Test
    @DisplayName("Issue 5 step 2, S30 14: equal distribution 2021 shares the pot after S30 14 i pro rata to FTE")
    void equalDistributionRound() {
        clock("2021-04-12T09:00");
        ProcessInstance pi = start(inputs(2021, null, null)); // 4.5 FTE x 7900 = 35550
        complete(task(pi, "Task_ProposeScheme"), Map.of("allocationMethod", "EQUAL_DISTRIBUTION",
                "closingDate", "2021-05-31", "existingLceaSpend", 5550));
        complete(task(pi, "Task_JlncScheme"), Map.of("jlncAgreed", "false", "equalShareBasis", "PRO_RATA_FTE"));
        assertThat(pi).isWaitingAt("Task_ConfirmAllocation");
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "potForNewAwards")).isEqualTo(30000.0);
        complete(task(pi, "Task_ConfirmAllocation"), Map.of("allocationConfirmed", "true"));
        assertThat(pi).isWaitingAt("Task_SignOffReport");
        List<Map<String, Object>> payments = jdbcTemplate.queryForList(
                "SELECT employee_id, amount FROM lcea_round_payment WHERE round_id = ? ORDER BY employee_id", pi.getId());
        assertThat(payments).extracting(r -> r.get("employee_id")).containsExactly("RT-A", "RT-B", "RT-C", "RT-D", "RT-G");
        assertThat(payments.stream().map(r -> (BigDecimal) r.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("30000");
        assertThat((BigDecimal) payments.get(1).get("amount")).isEqualByComparingTo("3333.34"); // 3333.33 plus a penny of the rounding remainder
        complete(task(pi, "Task_SignOffReport"), Map.of("reportSignedOff", true, "discriminatoryTermRaised", true,
                "discriminatoryTerm", "Research domain disadvantages part-time staff"));
        assertThat(pi).isWaitingAt("Task_AgreeCorrectiveVariation");
        clock("2021-12-01T09:00");
        closeBy(pi, "BoundaryEvent_SixMonths");
        complete(task(pi, "Task_ModifyScheme"), Map.of("schemeModification", "Research domain weighted by FTE"));
        assertThat(pi).isEnded().hasPassed("EndEvent_SchemeModified");
    }

    @Test
    @DisplayName("S30 14 i, iii: a PER_FTE round computes existingLceaSpend and reversionSpend from the records before the first user task")
    void commitmentsComputedFromRecords() {
        ProcessInstance pi = start(inputs(2021, null, null));
        assertThat(pi).isWaitingAt("Task_ProposeScheme");
        Map<String, Object> v = processEngine.getRuntimeService().getVariables(pi.getId());
        assertThat(v).containsEntry("existingLceaSpend", 5550.0).containsEntry("reversionSpend", 0.0);
        assertThat(RoundVariables.textOf(v.get("commitmentsBreakdown"))).contains("Dr RT-D (RT-D) | 9 | 4000.00");
    }

    @Test
    @DisplayName("S30 14 i: a PER_FTE round whose holders' levels have no value refuses to start, naming the setting")
    void missingLevelValueRefused() {
        settings.getLevelValues().remove(9);
        assertThatThrownBy(() -> start(inputs(2021, null, null))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("app.awards.round.level-values.9");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    @DisplayName("S30 14 i: a computed figure is changed only with a reason, which is recorded")
    void overrideNeedsReason() {
        clock("2021-04-12T09:00");
        ProcessInstance pi = start(inputs(2021, null, null));
        Map<String, Object> scheme = new HashMap<>(Map.of("allocationMethod", "EQUAL_DISTRIBUTION",
                "closingDate", "2021-05-31", "existingLceaSpend", 1000));
        assertThatThrownBy(() -> complete(task(pi, "Task_ProposeScheme"), scheme)).hasMessageContaining("spendOverrideReason");
        scheme.put("spendOverrideReason", "RT-D retires on 30 April; only one month is paid this year");
        complete(task(pi, "Task_ProposeScheme"), scheme);
        Map<String, Object> v = processEngine.getRuntimeService().getVariables(pi.getId());
        assertThat(v).containsEntry("existingLceaSpend", 1000.0);
        assertThat((String) v.get("spendOverride")).contains("instead of the computed £5550.00").contains("retires");
    }

    @Test
    @DisplayName("S30 14: from 2021 the minimum is paid annually: no carry-forward into a 2022 round, none agreed by the JLNC")
    void noCarryForwardFrom2021() {
        clock("2022-04-12T09:00");
        assertThatThrownBy(() -> start(inputs(2022, null, 1000.0))).hasMessageContaining("carryForward")
                .hasMessageContaining("S30 14");
        ProcessInstance pi = start(inputs(2022, null, null));
        complete(task(pi, "Task_ProposeScheme"), Map.of("allocationMethod", "EQUAL_DISTRIBUTION", "closingDate", "2022-05-31"));
        assertThatThrownBy(() -> complete(task(pi, "Task_JlncScheme"), Map.of("jlncAgreed", "true",
                "jlncCarryForwardAgreed", true))).hasMessageContaining("jlncCarryForwardAgreed");
    }

    @Test
    @DisplayName("Round lifecycle: a round withdrawn with a reason frees its employer and year for a new round")
    void withdrawnRoundFreesYear() {
        ProcessInstance pi = start(inputs(2019, 3000.0, null));
        assertThatThrownBy(() -> complete(task(pi, "Task_ProposeScheme"), Map.of("withdrawRound", true)))
                .hasMessageContaining("withdrawalReason");
        complete(task(pi, "Task_ProposeScheme"), Map.of("withdrawRound", true, "withdrawalReason",
                "The JLNC will not agree any scheme this year"));
        assertThat(pi).isEnded().hasPassed("EndEvent_RoundWithdrawn");
        ProcessInstance again = start(inputs(2019, 3000.0, null));
        assertThat(again).isWaitingAt("Task_ProposeScheme");
        assertThat(jdbcTemplate.queryForObject("SELECT withdrawn_reason FROM lcea_round WHERE round_id = ?", String.class,
                pi.getId())).contains("JLNC");
    }

    @Test
    @DisplayName("Round lifecycle: a round deleted (Cockpit, DELETE process-instance), even skipping listeners, frees its year")
    void deletedRoundFreesYear() {
        ProcessInstance pi = start(inputs(2019, 3000.0, null));
        processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "opened by mistake");
        assertThat(start(inputs(2019, 3000.0, null))).isWaitingAt("Task_ProposeScheme");
        ProcessInstance third = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .active().singleResult();
        processEngine.getRuntimeService().deleteProcessInstance(third.getId(), "mistake", true);
        assertThat(start(inputs(2019, 3000.0, null))).isWaitingAt("Task_ProposeScheme");
    }

    @Test
    @DisplayName("Round lifecycle: the LceaRoundWithdrawn message withdraws a round before publication and is refused after it")
    void withdrawByMessage() {
        ProcessInstance pi = start(inputs(2019, 3000.0, null));
        processEngine.getRuntimeService().createMessageCorrelation("LceaRoundWithdrawn").processInstanceId(pi.getId())
                .setVariable("withdrawalReason", "Employer merged").correlate();
        assertThat(pi).isEnded().hasPassed("EndEvent_WithdrawnByMessage");
        assertThat(rounds.hasRound(TRUST, 2019)).isFalse();
    }

    @Test
    @DisplayName("S30 2, 8: changes after scoring go to the JLNC; to 2020 without its agreement they go back, and the round can be withdrawn")
    void revisionsGoThroughJlnc() {
        ProcessInstance pi = start(inputs(2019, 3000.0, null));
        complete(task(pi, "Task_ProposeScheme"), Map.of("allocationMethod", "EQUAL_DISTRIBUTION", "closingDate", "2019-05-31"));
        complete(task(pi, "Task_JlncScheme"), Map.of("jlncAgreed", "true", "equalShareBasis", "PRO_RATA_FTE"));
        complete(task(pi, "Task_ConfirmAllocation"), Map.of("allocationConfirmed", "false"));
        Map<String, Object> revised = Map.of("allocationMethod", "COMPETITIVE", "awardPeriodYears", "2", "awardValue", 3000,
                "tieRule", "AWARD_ALL_TIED", "committeeChair", "rt.chair");
        complete(task(pi, "Task_ReviseAllocation"), revised);
        assertThat(pi).isWaitingAt("Task_JlncRevision");
        complete(task(pi, "Task_JlncRevision"), Map.of("jlncAgreed", "false"));
        assertThat(pi).isWaitingAt("Task_ReviseAllocation");
        complete(task(pi, "Task_ReviseAllocation"), Map.of("withdrawRound", true, "withdrawalReason",
                "No scheme the JLNC agrees after scoring"));
        assertThat(pi).isEnded().hasPassed("EndEvent_RoundWithdrawn");
        assertThat(rounds.hasRound(TRUST, 2019)).isFalse();
    }

    @Test
    @DisplayName("Round lifecycle: two rounds for the same employer and year started at once: the database lets exactly one through")
    void concurrentStartsOneWins() throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        start(inputs(2019, 3000.0, null));
                        return true;
                    } catch (ProcessEngineException | org.springframework.dao.DataAccessException e) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int started = 0;
            for (var r : results) {
                started += r.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(started).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(1);
        assertThat(jdbcTemplate.queryForObject("SELECT COUNT(*) FROM lcea_round WHERE employer_code = ? AND active_year = 2019",
                Integer.class, TRUST)).isEqualTo(1);
    }
}
