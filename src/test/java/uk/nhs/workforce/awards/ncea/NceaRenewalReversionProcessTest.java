package uk.nhs.workforce.awards.ncea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.awards.review.AwardRosterFixture;
import uk.nhs.workforce.testsupport.ProcessEngineTest;

class NceaRenewalReversionProcessTest extends ProcessEngineTest {

    private static final String KEY = "ncea-renewal-reversion";
    private static final String HOLDER = "RVW-N1";

    private AwardRosterFixture roster;

    @BeforeEach
    void roster() {
        roster = new AwardRosterFixture(jdbcTemplate);
        roster.trusts();
        roster.consultant(HOLDER, AwardRosterFixture.TRUST_A, "Cardiology", null, null, "SILVER", LocalDate.of(2021, 5, 1));
    }

    @AfterEach
    void cleanUp() {
        deleteAllInstances();
        roster.cleanUp();
    }

    private Map<String, Object> submitted(boolean successful, Integer score, String decisionDate) {
        Map<String, Object> v = new HashMap<>();
        v.put("employeeId", HOLDER);
        v.put("renewalApplicationSubmitted", true);
        v.put("renewalSuccessful", successful);
        v.put("renewalScore", score);
        v.put("exceptionalCircumstances", false);
        v.put("decisionDate", decisionDate);
        return v;
    }

    private Map<String, Object> notSubmitted(boolean exceptional) {
        Map<String, Object> v = new HashMap<>();
        v.put("employeeId", HOLDER);
        v.put("renewalApplicationSubmitted", false);
        v.put("exceptionalCircumstances", exceptional);
        v.put("decisionDate", "2021-06-01");
        return v;
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, variables);
    }

    private Object historic(ProcessInstance pi, String name) {
        var v = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    private ProcessInstance runningReview() {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("existing-lcea-review")
                .processInstanceBusinessKey(HOLDER).singleResult();
    }

    @Test
    @DisplayName("S30 21, 22: a successful renewal ends RETAINED and leaves the NCEA in place")
    void successfulRenewalRetained() {
        ProcessInstance pi = start(submitted(true, null, "2021-06-01"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Renewed");
        assertThat(historic(pi, "reversionOutcome")).isEqualTo("RETAINED");
        assertThat(historic(pi, "revertedLceaLevel")).isNull();
        assertThat(historic(pi, "nextReviewDate")).isNull();
        assertThat(roster.ncea(HOLDER)).isEqualTo("SILVER");
    }

    @Test
    @DisplayName("S30 23(b): an unsuccessful Future NCEA application while not due keeps the existing award")
    void notDueKeepsAward() {
        Map<String, Object> v = submitted(false, 10, "2021-06-01");
        v.put("renewalDue", false);
        ProcessInstance pi = start(v);
        assertThat(pi).isEnded().hasPassed("EndEvent_KeptUntilDue");
        assertThat(historic(pi, "reversionOutcome")).isEqualTo("RETAINED");
        assertThat(roster.ncea(HOLDER)).isEqualTo("SILVER");
        assertThat(runningReview()).isNull();
    }

    @Test
    @DisplayName("S30 23(b): not due and no application: RETAINED, the NCEA stays on the roster")
    void notDueNoApplicationRetained() {
        Map<String, Object> v = notSubmitted(false);
        v.put("renewalDue", false);
        ProcessInstance pi = start(v);
        assertThat(pi).isEnded().hasPassed("EndEvent_KeptUntilDue");
        assertThat(historic(pi, "reversionOutcome")).isEqualTo("RETAINED");
        assertThat(roster.ncea(HOLDER)).isEqualTo("SILVER");
        assertThat(roster.changes(HOLDER, "NCEA_LOST")).isZero();
    }

    @Test
    @DisplayName("S30 8(ii), 8(iii), 18: score 27 reverts to level 8, funded outside the ratio, review three years on")
    void score27RevertsToLevel8() {
        ProcessInstance pi = start(submitted(false, 27, "2021-06-01"));
        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordReversion", "ServiceTask_StartReview");
        assertThat(historic(pi, "reversionOutcome")).isEqualTo("REVERT_TO_LEVEL_8");
        assertThat(historic(pi, "revertedLceaLevel")).isEqualTo(8);
        assertThat(historic(pi, "reversionFunding")).isEqualTo("OUTSIDE_NEW_AWARD_RATIO");
        assertThat(historic(pi, "nextReviewDate")).isEqualTo("2024-06-01");
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(8);
        assertThat(roster.ncea(HOLDER)).isNull();
        assertThat(roster.changes(HOLDER, "NCEA_REVERTED")).isEqualTo(1);
        ProcessInstance review = runningReview();
        assertThat(review).isNotNull();
        assertThat(processEngine.getRuntimeService().getVariable(review.getId(), "reviewDueDate")).isEqualTo("2024-06-01");
        assertThat(processEngine.getRuntimeService().getVariable(review.getId(), "currentLevel")).isEqualTo(8);
    }

    @Test
    @DisplayName("S30 8(ii), Schedule 17 para 2: a reversion records its pay consequences; what the record cannot settle is 'not judged'")
    void reversionRecordsPayConsequences() {
        ProcessInstance pi = start(submitted(false, 27, "2021-06-01"));
        org.camunda.spin.json.SpinJsonNode pay = (org.camunda.spin.json.SpinJsonNode) historic(pi, "payConsequences");
        assertThat(pay.prop("change").stringValue()).isEqualTo("REVERSION");
        assertThat(pay.prop("schedule").prop("judgement").stringValue()).isEqualTo("Schedule 14");
        assertThat(pay.prop("apaRateBasis").prop("judgement").stringValue()).startsWith("10% of basic salary with pay thresholds;");
        assertThat(pay.prop("apaAnnualRate").prop("judgement").stringValue()).startsWith("not judged: ");
        // whether a reversion award carries the APA uplift is not settled by the circular
        assertThat(pay.prop("apaUplift").prop("judgement").stringValue()).startsWith("not judged: ")
                .contains("EXISTING_LCEA_FROM_REVERSION");
        assertThat(pay.prop("pensionableElements").elements()).anySatisfy(e -> {
            assertThat(e.prop("element").stringValue()).isEqualTo("EXISTING_LCEA_FROM_REVERSION");
            assertThat(e.prop("judgement").stringValue()).isEqualTo("pensionable");
            assertThat(e.prop("rule").stringValue()).contains("S30 8(ii)");
        });
        assertThat((String) historic(pi, "payConsequencesSummary")).contains("Existing LCEA from reversion: pensionable");
        // carried to the review the reversion starts, for the committee's first review form
        assertThat((String) processEngine.getRuntimeService().getVariable(runningReview().getId(), "payConsequencesSummary"))
                .contains("Existing LCEA from reversion: pensionable");
    }

    @Test
    @DisplayName("Schedule 17 para 4: a lost NCEA leaves basic salary alone in the APA basis; no uplift (Schedule 14 para 10)")
    void lossRecordsPayConsequences() {
        ProcessInstance pi = start(submitted(false, 13, "2021-06-01"));
        org.camunda.spin.json.SpinJsonNode pay = (org.camunda.spin.json.SpinJsonNode) historic(pi, "payConsequences");
        assertThat(pay.prop("change").stringValue()).isEqualTo("AWARD_LOST");
        assertThat(pay.prop("effectiveOn").stringValue()).isEqualTo("2021-06-01");
        assertThat(pay.prop("apaUplift").prop("judgement").stringValue()).isEqualTo("NONE");
        assertThat(pay.prop("pensionableElements").elements()).extracting(e -> e.prop("element").stringValue())
                .containsExactly("BASIC_SALARY");
    }

    @Test
    @DisplayName("S30 8(ii), 14(iii): score 14 reverts to level 7; from 1 April 2022 funded from the local awards pot")
    void score14RevertsToLevel7FromLocalPot() {
        ProcessInstance pi = start(submitted(false, 14, "2022-04-01"));
        assertThat(historic(pi, "reversionOutcome")).isEqualTo("REVERT_TO_LEVEL_7");
        assertThat(historic(pi, "revertedLceaLevel")).isEqualTo(7);
        assertThat(historic(pi, "reversionFunding")).isEqualTo("LOCAL_AWARDS_POT");
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(7);
    }

    @Test
    @DisplayName("S30 18: the first review after a reversion is never before 1 April 2021")
    void reversionReviewFloor() {
        ProcessInstance pi = start(submitted(false, 20, "2017-11-15"));
        assertThat(historic(pi, "nextReviewDate")).isEqualTo("2021-04-01");
        assertThat(processEngine.getRuntimeService().getVariable(runningReview().getId(), "reviewDueDate"))
                .isEqualTo("2021-04-01");
    }

    @Test
    @DisplayName("S30 8(ii), Schedule 17 para 4: score 13 loses the award from the decision date")
    void score13Lost() {
        ProcessInstance pi = start(submitted(false, 13, "2021-06-01"));
        assertThat(pi).isEnded().hasPassed("ServiceTask_RecordLoss", "EndEvent_AwardLost");
        assertThat(historic(pi, "reversionOutcome")).isEqualTo("AWARD_LOST");
        assertThat(historic(pi, "revertedLceaLevel")).isNull();
        assertThat(historic(pi, "nextReviewDate")).isNull();
        assertThat(roster.ncea(HOLDER)).isNull();
        assertThat(roster.lceaLevel(HOLDER)).isNull();
        assertThat(jdbcTemplate.queryForObject("SELECT effective_on FROM award_change WHERE employee_id = ?",
                LocalDate.class, HOLDER)).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(runningReview()).isNull();
    }

    @Test
    @DisplayName("S30 8(iv): no renewal application: no reversion, the award is lost")
    void notSubmittedLost() {
        ProcessInstance pi = start(notSubmitted(false));
        assertThat(historic(pi, "reversionOutcome")).isEqualTo("AWARD_LOST");
        assertThat(roster.ncea(HOLDER)).isNull();
    }

    @Test
    @DisplayName("S30 8(iv): exceptional circumstances go to the awards committee, whose decision is checked on the server")
    void panelDecision() {
        ProcessInstance pi = start(notSubmitted(true));
        assertThat(pi).isWaitingAt("UserTask_PanelDecision");
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "reversionOutcome")).isEqualTo("PANEL_DECISION");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskCandidateGroup("awards-committee").count()).isEqualTo(1);
        String taskId = task(pi).getId();
        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, Map.of("panelDecision", "REVERT_TO_LEVEL_9")))
                .hasMessageContaining("panelDecision");
        assertThat(pi).isWaitingAt("UserTask_PanelDecision");

        processEngine.getTaskService().complete(taskId, Map.of("panelDecision", "REVERT_TO_LEVEL_7"));
        assertThat(pi).isEnded();
        assertThat(historic(pi, "reversionOutcome")).isEqualTo("PANEL_DECISION");
        assertThat(historic(pi, "revertedLceaLevel")).isEqualTo(7);
        assertThat(historic(pi, "nextReviewDate")).isEqualTo("2024-06-01");
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(7);
        assertThat(runningReview()).isNotNull();
    }

    @Test
    @DisplayName("S30 8(iv): the committee may decide that the award is lost")
    void panelDecidesLoss() {
        ProcessInstance pi = start(notSubmitted(true));
        processEngine.getTaskService().complete(task(pi).getId(), Map.of("panelDecision", "AWARD_LOST"));
        assertThat(pi).isEnded().hasPassed("EndEvent_AwardLost");
        assertThat(roster.ncea(HOLDER)).isNull();
    }

    @Test
    @DisplayName("S30 24: a later reversion deducts points removed by review and keeps the review's timing")
    void laterReversionKeepsReviewTiming() {
        // The consultant already holds an Existing LCEA component under review (S30 23(c)(iii), (iv)).
        jdbcTemplate.update("UPDATE consultant SET lcea_level = 5, lcea_last_point_date = ? WHERE employee_id = ?",
                LocalDate.of(2019, 1, 1), HOLDER);
        ProcessInstance review = processEngine.getRuntimeService().startProcessInstanceByKey("existing-lcea-review",
                Map.of("employeeId", HOLDER, "currentLevel", 5, "lastAwardPointDate", "2019-01-01"));
        jdbcTemplate.update("""
                INSERT INTO award_change (change_id, employee_id, effective_on, change_kind, points_lost, recorded_at)
                VALUES ('rvw-test-1', ?, ?, 'LCEA_REVIEWED', 2, CURRENT_TIMESTAMP)""", HOLDER, LocalDate.of(2021, 5, 1));

        ProcessInstance pi = start(submitted(false, 30, "2023-02-01"));
        assertThat(pi).hasPassed("EndEvent_ReviewTimingKept");
        assertThat(historic(pi, "revertedLceaLevel")).isEqualTo(6);
        assertThat(historic(pi, "nextReviewDate")).isEqualTo("2024-01-01");
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(6);
        assertThat(runningReview().getId()).isEqualTo(review.getId());
    }

    @Test
    @DisplayName("Bulk start: medical staffing records the renewal outcome, checked like a direct start")
    void bulkStartWaitsForOutcome() {
        ProcessInstance pi = start(Map.of("employeeId", HOLDER, "awaitRenewalOutcome", true));
        assertThat(pi).isWaitingAt("UserTask_RecordRenewalOutcome");
        String taskId = task(pi).getId();
        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId,
                Map.of("renewalApplicationSubmitted", true, "renewalSuccessful", false, "exceptionalCircumstances", false,
                        "decisionDate", "2021-06-01")))
                .hasMessageContaining("renewalScore");
        processEngine.getTaskService().complete(taskId, submitted(false, 30, "2021-06-01"));
        assertThat(pi).isEnded();
        assertThat(historic(pi, "reversionOutcome")).isEqualTo("REVERT_TO_LEVEL_8");
    }

    @Test
    @DisplayName("CONTRACT §4: missing or malformed inputs refuse the start, naming the variable, leaving no instance")
    void startRefused() {
        Map<String, Object> noDate = submitted(false, 20, null);
        assertThatThrownBy(() -> start(noDate)).isInstanceOf(ProcessEngineException.class).hasMessageContaining("decisionDate");
        Map<String, Object> badDate = submitted(false, 20, "01/06/2021");
        assertThatThrownBy(() -> start(badDate)).hasMessageContaining("decisionDate");
        Map<String, Object> noScore = submitted(false, null, "2021-06-01");
        assertThatThrownBy(() -> start(noScore)).hasMessageContaining("renewalScore");
        Map<String, Object> noId = submitted(true, null, "2021-06-01");
        noId.remove("employeeId");
        assertThatThrownBy(() -> start(noId)).hasMessageContaining("employeeId");
        Map<String, Object> noExceptional = notSubmitted(false);
        noExceptional.remove("exceptionalCircumstances");
        assertThatThrownBy(() -> start(noExceptional)).hasMessageContaining("exceptionalCircumstances");
        roster.consultant("RVW-N2", AwardRosterFixture.TRUST_A, "Cardiology", 3, LocalDate.of(2017, 1, 1), null, null);
        Map<String, Object> noNcea = submitted(true, null, "2021-06-01");
        noNcea.put("employeeId", "RVW-N2");
        assertThatThrownBy(() -> start(noNcea)).hasMessageContaining("employeeId").hasMessageContaining("National CEA");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey("RVW-N2").count()).isZero();
    }
}
