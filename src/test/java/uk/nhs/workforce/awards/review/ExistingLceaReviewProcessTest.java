package uk.nhs.workforce.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

class ExistingLceaReviewProcessTest extends ProcessEngineTest {

    private static final String KEY = "existing-lcea-review";
    private static final String HOLDER = "RVW-R1";

    private static final java.util.List<String> COMMITTEE = java.util.List.of("rv.chair", "rv.m1", "rv.m2");

    private AwardRosterFixture roster;
    private boolean createdGroup;

    @org.springframework.beans.factory.annotation.Autowired
    ReviewSettings reviewSettings;

    @BeforeEach
    void committee() {
        var identity = processEngine.getIdentityService();
        if (identity.createGroupQuery().groupId("awards-committee").count() == 0) {
            identity.saveGroup(identity.newGroup("awards-committee"));
            createdGroup = true;
        }
        for (String id : COMMITTEE) {
            identity.saveUser(identity.newUser(id));
            identity.createMembership(id, "awards-committee");
        }
    }

    @AfterEach
    void removeCommittee() {
        var identity = processEngine.getIdentityService();
        COMMITTEE.forEach(identity::deleteUser);
        if (createdGroup) {
            identity.deleteGroup("awards-committee");
        }
        reviewSettings.setCommitteeChair(null);
        reviewSettings.setCommitteeMinimum(2);
    }

    /** Completes the committee's review, then declines the appeal the consultant is offered (S30 8(i)). */
    private void score(ProcessInstance pi, Map<String, Object> ratings) {
        processEngine.getTaskService().complete(task(pi).getId(), ratings);
        var appeal = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("UserTask_AppealReview").singleResult();
        if (appeal != null) {
            processEngine.getTaskService().complete(appeal.getId(), Map.of("reviewAppealLodged", "false"));
        }
    }

    @BeforeEach
    void roster() {
        roster = new AwardRosterFixture(jdbcTemplate);
        roster.trusts();
        roster.consultant(HOLDER, AwardRosterFixture.TRUST_A, "Cardiology", 5, LocalDate.of(2017, 6, 1), null, null);
    }

    @AfterEach
    void cleanUp() {
        deleteAllInstances();
        roster.cleanUp();
    }

    private ProcessInstance start(int level, String lastPoint, Integer absence) {
        Map<String, Object> v = new HashMap<>();
        v.put("employeeId", HOLDER);
        v.put("currentLevel", level);
        v.put("lastAwardPointDate", lastPoint);
        if (absence != null) {
            v.put("excludedAbsenceDays", absence);
        }
        return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, v);
    }

    private Object variable(ProcessInstance pi, String name) {
        return processEngine.getRuntimeService().getVariable(pi.getId(), name);
    }

    private Object historic(ProcessInstance pi, String name) {
        var v = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    private static Date at(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** Moves the clock past the timer's due date and fires it, as the job executor would. */
    private void reviewFallsDue(ProcessInstance pi, LocalDate expectedDue) {
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(at(expectedDue));
        ClockUtil.setCurrentTime(at(expectedDue.plusDays(1)));
        processEngine.getManagementService().executeJob(timer.getId());
    }

    private Map<String, Object> ratings(Object delivery, Object development, Object leadership, Object research,
            Object teaching, String reviewDate) {
        Map<String, Object> v = new HashMap<>();
        v.put("serviceDeliveryRating", delivery);
        v.put("serviceDevelopmentRating", development);
        v.put("leadershipRating", leadership);
        v.put("researchRating", research);
        v.put("teachingRating", teaching);
        v.put("reviewDate", reviewDate);
        v.put("committeeMembers", "rv.chair, rv.m1");
        return v;
    }

    @Test
    @DisplayName("S30 16(i), 16(iii): reviewDueDate is the last point + 5 years + excluded absence; the timer waits for it")
    void dueDateWithAbsence() {
        ProcessInstance pi = start(5, "2017-06-01", 30);
        assertThat(variable(pi, "reviewDueDate")).isEqualTo("2022-07-01");
        assertThat(pi).isWaitingAt("Gateway_AwaitReview");
        reviewFallsDue(pi, LocalDate.of(2022, 7, 1));
        assertThat(pi).isWaitingAt("UserTask_ScoreReview");
    }

    @Test
    @DisplayName("S30 16(i): the first review is never before 1 April 2021")
    void dueDateFloor() {
        ProcessInstance pi = start(5, "2012-02-01", null);
        assertThat(variable(pi, "reviewDueDate")).isEqualTo("2021-04-01");
    }

    @Test
    @DisplayName("CONTRACT §4: one review per consultant; a second start is refused")
    void secondStartRefused() {
        start(5, "2017-06-01", null);
        assertThatThrownBy(() -> start(5, "2017-06-01", null)).hasMessageContaining("employeeId")
                .hasMessageContaining("already");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(HOLDER).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("CONTRACT §4: missing or malformed inputs refuse the start, naming the variable")
    void startRefused() {
        assertThatThrownBy(() -> start(10, "2017-06-01", null)).hasMessageContaining("currentLevel");
        assertThatThrownBy(() -> start(0, "2017-06-01", null)).hasMessageContaining("currentLevel");
        assertThatThrownBy(() -> start(5, "June 2017", null)).hasMessageContaining("lastAwardPointDate");
        assertThatThrownBy(() -> start(5, "2017-06-01", -3)).hasMessageContaining("excludedAbsenceDays");
        assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(KEY,
                Map.of("currentLevel", 5, "lastAwardPointDate", "2017-06-01"))).hasMessageContaining("employeeId");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    @DisplayName("S30 16(ii): a rating other than 10, 6, 2 or 0 is refused naming the field; the task stays open")
    void badRatingRefused() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        String taskId = task(pi).getId();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).taskCandidateGroup("awards-committee")
                .count()).isEqualTo(1);
        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, ratings(10, 6, 7, 2, 0, "2022-06-10")))
                .hasMessageContaining("leadershipRating");
        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, ratings(10, 6, 2, 2, 0, null)))
                .hasMessageContaining("reviewDate");
        assertThat(pi).isWaitingAt("UserTask_ScoreReview");
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(5);
    }

    @Test
    @DisplayName("S30 16(ii), 16(iii): score 12 loses one point on the record; next review three years on plus absence; loops")
    void losesOnePointAndLoops() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        Map<String, Object> done = ratings("6", "6", "0", "0", "0", "2022-06-10");
        done.put("excludedAbsenceDays", 20);
        score(pi, done);

        assertThat(variable(pi, "reviewScore")).isEqualTo(12);
        assertThat(variable(pi, "reviewOutcome")).isEqualTo("LOSE_ONE_POINT");
        assertThat(variable(pi, "newLevel")).isEqualTo(4);
        assertThat(variable(pi, "nextReviewDate")).isEqualTo("2025-06-30");
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(4);
        assertThat(pi).isWaitingAt("Gateway_AwaitReview");

        reviewFallsDue(pi, LocalDate.of(2025, 6, 30));
        score(pi, ratings(10, 10, 6, 2, 2, "2025-07-01"));
        assertThat(variable(pi, "reviewOutcome")).isEqualTo("RETAIN");
        assertThat(variable(pi, "newLevel")).isEqualTo(4);
        assertThat(variable(pi, "nextReviewDate")).isEqualTo("2030-07-01");
        assertThat(pi).isWaitingAt("Gateway_AwaitReview");
    }

    @Test
    @DisplayName("S30 16(ii), Schedule 14 paras 7, 10: points lost at review record the pay consequences of the reduced Existing LCEA")
    void pointsLostRecordPayConsequences() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        assertThat(variable(pi, "payConsequences")).isNull();
        score(pi, ratings("6", "6", "0", "0", "0", "2022-06-10"));

        org.camunda.spin.json.SpinJsonNode pay = (org.camunda.spin.json.SpinJsonNode) variable(pi, "payConsequences");
        assertThat(pay.prop("change").stringValue()).isEqualTo("POINTS_LOST");
        assertThat(pay.prop("effectiveOn").stringValue()).isEqualTo("2022-06-10");
        assertThat(pay.prop("apaRateBasis").prop("judgement").stringValue())
                .contains("basic salary with pay thresholds + Existing LCEA held as at 31 March 2018");
        assertThat(pay.prop("apaUplift").prop("judgement").stringValue()).isEqualTo("PRO_RATA_ON_AWARDS_HELD_31_MARCH_2018");
        assertThat(pay.prop("apaUplift").prop("rule").stringValue()).contains("Schedule 14 para 10");
        assertThat((String) variable(pi, "payConsequencesSummary")).contains("Existing LCEA: pensionable");
    }

    @Test
    @DisplayName("S30 16(ii): a review that keeps the level changes no pay: no pay consequences recorded")
    void retainedReviewRecordsNoPayConsequences() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        score(pi, ratings(10, 10, 6, 2, 2, "2022-06-10"));
        assertThat(variable(pi, "reviewOutcome")).isEqualTo("RETAIN");
        assertThat(variable(pi, "payConsequences")).isNull();
    }

    @Test
    @DisplayName("S30 16(ii): a level never falls below 0; at 0 the award ends and no review is scheduled")
    void endsAtZero() {
        jdbcTemplate.update("UPDATE consultant SET lcea_level = 1 WHERE employee_id = ?", HOLDER);
        ProcessInstance pi = start(1, "2017-06-01", null);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        score(pi, ratings(2, 2, 2, 2, 2, "2022-06-10"));
        assertThat(pi).isEnded().hasPassed("EndEvent_AwardEndedAtZero");
        assertThat(historic(pi, "newLevel")).isEqualTo(0);
        assertThat(historic(pi, "pointsLost")).isEqualTo(2);
        assertThat(historic(pi, "nextReviewDate")).isNull();
        assertThat(roster.lceaLevel(HOLDER)).isNull();
        assertThat(historic(pi, "payConsequences").toString()).contains("\"change\":\"AWARD_LOST\"");
    }

    @Test
    @DisplayName("S30 4, 15: a move to another employer in the same specialty keeps the award and its review")
    void movedSameSpecialty() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        jdbcTemplate.update("UPDATE consultant SET employer_code = ? WHERE employee_id = ?", AwardRosterFixture.TRUST_B, HOLDER);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        assertThat(pi).isWaitingAt("UserTask_ScoreReview");
        assertThat(variable(pi, "employerCode")).isEqualTo(AwardRosterFixture.TRUST_B);
        assertThat(variable(pi, "employmentStatus")).isEqualTo("MOVED_SAME_SPECIALTY");
    }

    @Test
    @DisplayName("S30 4, 15: another specialty is a change of circumstances for medical staffing; ending it ends the award")
    void specialtyChanged() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        jdbcTemplate.update("UPDATE consultant SET employer_code = ?, specialty = 'Oncology' WHERE employee_id = ?",
                AwardRosterFixture.TRUST_B, HOLDER);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        assertThat(pi).isWaitingAt("UserTask_ChangeOfCircumstances");
        String taskId = task(pi).getId();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).taskCandidateGroup("medical-staffing")
                .count()).isEqualTo(1);
        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId,
                Map.of("changeOfCircumstancesDecision", "MAYBE"))).hasMessageContaining("changeOfCircumstancesDecision");
        processEngine.getTaskService().complete(taskId, Map.of("changeOfCircumstancesDecision", "END_AWARD"));
        assertThat(pi).isEnded().hasPassed("ServiceTask_EndAward", "EndEvent_AwardEnded");
        assertThat(roster.changes(HOLDER, "LCEA_ENDED_CHANGE_OF_CIRCUMSTANCES")).isEqualTo(1);
    }

    @Test
    @DisplayName("S30 4, 15: when medical staffing lets the award continue, the review goes ahead")
    void specialtyChangedContinues() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        jdbcTemplate.update("UPDATE consultant SET specialty = 'Oncology' WHERE employee_id = ?", HOLDER);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        processEngine.getTaskService().complete(task(pi).getId(), Map.of("changeOfCircumstancesDecision", "CONTINUE"));
        assertThat(pi).isWaitingAt("UserTask_ScoreReview");
        assertThat(variable(pi, "specialty")).isEqualTo("Oncology");
    }

    @Test
    @DisplayName("S30 15: a holder who leaves Schedule 30 employment (message) gets no award value from leaving")
    void leftByMessage() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        processEngine.getRuntimeService().createMessageCorrelation("ConsultantLeftSchedule30Employment")
                .processInstanceBusinessKey(HOLDER).setVariable("leftOn", "2020-09-30").correlate();
        assertThat(pi).isEnded().hasPassed("ServiceTask_EndAward");
        assertThat(historic(pi, "awardEndedOn")).isEqualTo("2020-09-30");
        assertThat(roster.changes(HOLDER, "LCEA_ENDED_LEFT")).isEqualTo(1);
    }

    @Test
    @DisplayName("S30 15: a holder no longer on any employer's roster when the review falls due: the award ends")
    void leftRoster() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        jdbcTemplate.update("DELETE FROM consultant WHERE employee_id = ?", HOLDER);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        assertThat(pi).isEnded().hasPassed("EndEvent_AwardEnded");
        assertThat(historic(pi, "awardEndReason")).isEqualTo("LEFT");
    }

    @Test
    @DisplayName("S30 17: a level 9 due before April 2021 is renewed under the existing arrangements, then scored")
    void level9BeforeApril2021() {
        jdbcTemplate.update("UPDATE consultant SET lcea_level = 9 WHERE employee_id = ?", HOLDER);
        ProcessInstance pi = start(9, "2014-10-01", null);
        assertThat(variable(pi, "reviewDueDate")).isEqualTo("2019-10-01");
        reviewFallsDue(pi, LocalDate.of(2019, 10, 1));
        assertThat(pi).isWaitingAt("UserTask_Level9Renewal");
        String taskId = task(pi).getId();
        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId,
                Map.of("reviewDate", "2019-10-15", "renewalOutcome", "NOT_RENEWED"))).hasMessageContaining("levelAfterRenewal");
        processEngine.getTaskService().complete(taskId, Map.of("reviewDate", "2019-10-15", "renewalOutcome", "RENEWED"));
        assertThat(variable(pi, "nextReviewDate")).isEqualTo("2024-10-15");
        reviewFallsDue(pi, LocalDate.of(2024, 10, 15));
        assertThat(pi).isWaitingAt("UserTask_ScoreReview");
    }

    @Test
    @DisplayName("S30 17: from April 2021 a level 9 uses the score table")
    void level9FromApril2021() {
        jdbcTemplate.update("UPDATE consultant SET lcea_level = 9 WHERE employee_id = ?", HOLDER);
        ProcessInstance pi = start(9, "2016-10-01", null);
        reviewFallsDue(pi, LocalDate.of(2021, 10, 1));
        assertThat(pi).isWaitingAt("UserTask_ScoreReview");
    }

    @Test
    @DisplayName("S30 16(ii): one member alone cannot remove points: at least two committee members, the named chair among them")
    void committeeAgrees() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        String taskId = task(pi).getId();
        Map<String, Object> alone = ratings("6", "6", "0", "0", "0", "2022-06-10");
        alone.put("committeeMembers", "rv.m1");
        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, alone))
                .hasMessageContaining("committeeMembers").hasMessageContaining("at least 2");
        Map<String, Object> stranger = ratings("6", "6", "0", "0", "0", "2022-06-10");
        stranger.put("committeeMembers", "rv.m1, somebody");
        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, stranger))
                .hasMessageContaining("somebody").hasMessageContaining("not a member");
        reviewSettings.setCommitteeChair("rv.chair");
        Map<String, Object> noChair = ratings("6", "6", "0", "0", "0", "2022-06-10");
        noChair.put("committeeMembers", "rv.m1,rv.m2");
        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId, noChair)).hasMessageContaining("chair");
        assertThat(pi).isWaitingAt("UserTask_ScoreReview");
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(5);
        score(pi, ratings("6", "6", "0", "0", "0", "2022-06-10"));
        assertThat(variable(pi, "committeeMembers")).isEqualTo("rv.chair,rv.m1");
    }

    @Test
    @DisplayName("S30 8(i): the consultant appeals the review outcome; upheld, the outcome is set aside and the committee reviews again")
    void appealUpheldReviewsAgain() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        processEngine.getTaskService().complete(task(pi).getId(), ratings("6", "6", "0", "0", "0", "2022-06-10"));
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(4);
        assertThat(pi).isWaitingAt("UserTask_AppealReview");
        String appeal = task(pi).getId();
        assertThatThrownBy(() -> processEngine.getTaskService().complete(appeal, Map.of("reviewAppealLodged", "true")))
                .hasMessageContaining("reviewAppealGrounds");
        processEngine.getTaskService().complete(appeal, Map.of("reviewAppealLodged", "true",
                "reviewAppealGrounds", "My teaching portfolio was not considered"));
        assertThat(pi).isWaitingAt("UserTask_DecideReviewAppeal");
        processEngine.getTaskService().complete(task(pi).getId(), Map.of("reviewAppealUpheld", "true",
                "reviewAppealDecision", "Evidence overlooked"));
        assertThat(pi).isWaitingAt("UserTask_ScoreReview");
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(5);
        assertThat(roster.changes(HOLDER, "LCEA_REVIEW_SET_ASIDE")).isEqualTo(1);
        score(pi, ratings(10, 10, 6, 2, 2, "2022-07-10"));
        assertThat(variable(pi, "newLevel")).isEqualTo(5);
        assertThat(pi).isWaitingAt("Gateway_AwaitReview");
    }

    @Test
    @DisplayName("S30 8(i): no appeal within the window: the outcome stands and the review waits for the next date")
    void appealWindowCloses() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        reviewFallsDue(pi, LocalDate.of(2022, 6, 1));
        processEngine.getTaskService().complete(task(pi).getId(), ratings("6", "6", "0", "0", "0", "2022-06-10"));
        Job window = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("BoundaryEvent_AppealWindowClosed").singleResult();
        processEngine.getManagementService().executeJob(window.getId());
        assertThat(pi).isWaitingAt("Gateway_AwaitReview");
        assertThat(roster.lceaLevel(HOLDER)).isEqualTo(4);
    }

    @Test
    @DisplayName("S30 16(iii): absence recorded during the waiting period moves reviewDueDate and the timer later; a bad value is refused")
    void absenceMovesWaitingReview() {
        ProcessInstance pi = start(5, "2017-06-01", null);
        assertThatThrownBy(() -> processEngine.getRuntimeService().createMessageCorrelation("ConsultantAbsenceRecorded")
                .processInstanceBusinessKey(HOLDER).setVariable("absenceDays", 0).correlate())
                .hasMessageContaining("absenceDays");
        processEngine.getRuntimeService().createMessageCorrelation("ConsultantAbsenceRecorded")
                .processInstanceBusinessKey(HOLDER).setVariable("absenceDays", 30).correlate();
        assertThat(variable(pi, "reviewDueDate")).isEqualTo("2022-07-01");
        assertThat(pi).isWaitingAt("Gateway_AwaitReview");
        reviewFallsDue(pi, LocalDate.of(2022, 7, 1));
        assertThat(pi).isWaitingAt("UserTask_ScoreReview");
    }

    @Test
    @DisplayName("S30 16(iii), 17: absence during the wait also moves a level 9 renewal")
    void absenceMovesLevel9Renewal() {
        jdbcTemplate.update("UPDATE consultant SET lcea_level = 9 WHERE employee_id = ?", HOLDER);
        ProcessInstance pi = start(9, "2014-10-01", null);
        processEngine.getRuntimeService().createMessageCorrelation("ConsultantAbsenceRecorded")
                .processInstanceBusinessKey(HOLDER).setVariable("absenceDays", 10).correlate();
        assertThat(variable(pi, "reviewDueDate")).isEqualTo("2019-10-11");
        reviewFallsDue(pi, LocalDate.of(2019, 10, 11));
        assertThat(pi).isWaitingAt("UserTask_Level9Renewal");
    }
}
