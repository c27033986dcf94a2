package uk.nhs.workforce.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

/**
 * Every path of cluster-executive-appointment on a small roster of its own (region TQ): cluster TQ-C
 * of PCT TQ-P1 and care trust TQ-CT (sub-region TQ-N), PCT TQ-P2 in cluster TQ-D (TQ-N), PCT TQ-P3 in
 * cluster TQ-E (sub-region TQ-S), SHA TQ-SHA and an ALB.
 */
class ClusterExecutiveAppointmentProcessTest extends ProcessEngineTest {

    static final String KEY = "cluster-executive-appointment";

    @BeforeEach
    void roster() {
        org("TQ-SHA", "Tequila SHA", "SHA", "TQ", null, null, null);
        org("TQ-LA", "Tequila Council", "LOCAL_AUTHORITY", "TQ", null, null, null);
        org("TQ-P1", "Pine PCT", "PCT", "TQ", "TQ-N", "TQ-C", null);
        org("TQ-CT", "Cedar Care Trust", "CARE_TRUST", "TQ", "TQ-N", "TQ-C", "TQ-LA");
        org("TQ-P2", "Oak PCT", "PCT", "TQ", "TQ-N", "TQ-D", null);
        org("TQ-P3", "Elm PCT", "PCT", "TQ", "TQ-S", "TQ-E", null);
        org("TQ-ALB", "Arm's Length Body", "ALB", null, null, null, null);
        exec("TQ-E01", "Ann Pine", "F", "WHITE", "tq.ce1", "TQ-P1", "CHIEF_EXECUTIVE", null, true, false, null, false);
        exec("TQ-E02", "Bob Cedar", "M", "ASIAN", null, "TQ-CT", "CHIEF_EXECUTIVE", null, true, false, null, true);
        exec("TQ-E03", "Cat Oak", "F", "BLACK", null, "TQ-P2", "CHIEF_EXECUTIVE", null, true, false, null, false);
        exec("TQ-E09", "Ivy Interim", "F", "WHITE", null, "TQ-P3", "CHIEF_EXECUTIVE", null, false, false, null, false);
        exec("TQ-S01", "Sam Shace", "M", "WHITE", "tq.shace", "TQ-SHA", "CHIEF_EXECUTIVE", null, true, false, null, false);
        exec("TQ-S02", "Fay Shafd", "F", "WHITE", "tq.shafd", "TQ-SHA", "DIRECTOR", "FINANCE", true, false, null, false);
        exec("TQ-S03", "Ada Assoc", "F", "MIXED", null, "TQ-SHA", "ASSOCIATE_DIRECTOR", "NURSING", true, false, null, false);
        exec("TQ-A01", "Al Body", "M", "WHITE", null, "TQ-ALB", "CHIEF_EXECUTIVE", null, true, false, "TQ", false);
        exec("TQ-D01", "Dan Fin", "M", "WHITE", null, "TQ-P1", "DIRECTOR", "FINANCE", true, false, null, false);
        exec("TQ-D02", "Deb Nurse", "F", "BLACK", null, "TQ-CT", "DIRECTOR", "NURSING", true, true, null, false);
        exec("TQ-D03", "Don Med", "M", "WHITE", null, "TQ-P1", "DIRECTOR", "MEDICAL", true, false, null, false);
        exec("TQ-D04", "Dot Comm", "F", "WHITE", null, "TQ-CT", "DIRECTOR", "COMMISSIONING", true, false, null, false);
        board("TQ-M1", "TQ-CH1", "Cleo Chair", "tq.chair1", "TQ-P1", "CHAIR");
        board("TQ-M2", "TQ-VC1", "Vic Vice", "tq.vice1", "TQ-P1", "VICE_CHAIR");
        board("TQ-M3", "TQ-CH2", "Cy Chair", "tq.chair2", "TQ-CT", "CHAIR");
    }

    @AfterEach
    void removeRoster() {
        jdbcTemplate.update("DELETE FROM board_member WHERE member_id LIKE 'TQ-%'");
        jdbcTemplate.update("DELETE FROM executive WHERE employee_id LIKE 'TQ-%'");
        jdbcTemplate.update("DELETE FROM organisation WHERE code LIKE 'TQ-%' AND type <> 'LOCAL_AUTHORITY'");
        jdbcTemplate.update("DELETE FROM organisation WHERE code LIKE 'TQ-%'");
    }

    private void org(String code, String name, String type, String region, String sub, String cluster, String las) {
        jdbcTemplate.update("INSERT INTO organisation (code, name, type, region_code, sub_region_code, cluster_code,"
                + " weighted_population, local_authorities) VALUES (?,?,?,?,?,?,?,?)", code, name, type, region, sub, cluster,
                null, las);
    }

    private void exec(String id, String name, String sex, String ethnic, String user, String org, String role, String portfolio,
                      boolean substantive, boolean secondedOut, String pool, boolean jointLa) {
        jdbcTemplate.update("INSERT INTO executive (employee_id, name, sex, ethnic_group, user_id, organisation_code, role,"
                + " portfolio, substantive, seconded_out, regional_pool, joint_la_post, la_health_experience)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", id, name, sex, ethnic, user, org, role, portfolio, substantive,
                secondedOut, pool, jointLa, false);
    }

    private void board(String member, String person, String name, String user, String org, String role) {
        jdbcTemplate.update("INSERT INTO board_member (member_id, person_id, name, sex, ethnic_group, user_id,"
                + " organisation_code, role, nominated_by_la, appraisal_rating, term_end) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                member, person, name, "F", "WHITE", user, org, role, null, "GOOD", java.sql.Date.valueOf("2030-03-31"));
    }

    private ProcessInstance start(String cluster, String option, Object... more) {
        Map<String, Object> vars = new HashMap<>(Map.of("clusterCode", cluster, "poolingOption", option,
                "directorPosts", "FINANCE,COMMISSIONING,MEDICAL,NURSING"));
        for (int i = 0; i < more.length; i += 2) {
            vars.put((String) more[i], more[i + 1]);
        }
        return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, vars);
    }

    private Object var(ProcessInstance pi, String name) {
        return processEngine.getRuntimeService().getVariable(pi.getId(), name);
    }

    private ProcessInstance toPanel(String cluster, String option) {
        ProcessInstance pi = start(cluster, option, "configurationSignedOff", true);
        assertThat(pi).isWaitingAt("Task_ConsultOnPooling");
        complete(task(pi), withVariables("pctsConsulted", true, "forumConsulted", true));
        for (Task t : taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ConsultAffectedStaff").list()) {
            complete(t, withVariables("staffConsulted", true, "unionsConsulted", true));
        }
        assertThat(pi).isWaitingAt("Task_NameCePanel");
        return pi;
    }

    private void lawfulCePanel(ProcessInstance pi) {
        complete(task(pi), withVariables("assessorId", "TQ-S01", "furtherAssessorId", "TQ-S02",
                "chairRepresentativeIds", Spin.JSON("[\"TQ-CH1\",\"TQ-CH2\"]")));
    }

    @Test
    @DisplayName("CONTRACT §4: an unknown cluster is refused naming clusterCode; no instance is left")
    void unknownCluster() {
        assertThatThrownBy(() -> start("TQ-NOPE", "CLUSTER_FIRST")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("clusterCode").hasMessageContaining("TQ-NOPE");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    @DisplayName("G 6: a posts list without the mandatory four is refused naming directorPosts")
    void missingMandatoryPost() {
        Map<String, Object> vars = Map.of("clusterCode", "TQ-C", "poolingOption", "CLUSTER_FIRST", "directorPosts", "FINANCE,MEDICAL");
        assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(KEY, vars))
                .hasMessageContaining("directorPosts").hasMessageContaining("COMMISSIONING").hasMessageContaining("NURSING");
        assertThatThrownBy(() -> start("TQ-C", "SOMETIMES")).hasMessageContaining("poolingOption");
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals("clusterCode", "TQ-C").count()).isZero();
    }

    @Test
    @DisplayName("CONTRACT §4: one appointment per cluster at a time; other clusters are not blocked")
    void onePerCluster() {
        ProcessInstance first = start("TQ-C", "CLUSTER_FIRST");
        assertThat(first).isActive();
        assertThatThrownBy(() -> start("TQ-C", "REGION_FIRST")).hasMessageContaining("clusterCode").hasMessageContaining("already running");
        assertThat(start("TQ-D", "CLUSTER_FIRST")).isActive();
    }

    @Test
    @DisplayName("G 20: established arrangements without an agreed revisit end at once, with the pools previewed")
    void notRevisited() {
        ProcessInstance pi = start("TQ-C", "CLUSTER_FIRST", "establishedArrangements", true);
        assertThat(pi).isEnded().hasPassed("EndEvent_NotRevisited");
        ProcessInstance revisit = start("TQ-D", "CLUSTER_FIRST", "establishedArrangements", true, "revisitAgreed", true);
        assertThat(revisit).isWaitingAt("Task_SignOffConfiguration");
    }

    @Test
    @DisplayName("G 23 / CONTRACT §4: both CE pools are computed before the first user task (CLUSTER_FIRST and REGION_FIRST)")
    void poolPreview() {
        ProcessInstance cluster = start("TQ-C", "CLUSTER_FIRST");
        assertThat(cluster).isWaitingAt("Task_SignOffConfiguration");
        assertThat(var(cluster, "ceStage1Pool")).isEqualTo("TQ-E01,TQ-E02");
        assertThat(var(cluster, "ceStage2Pool")).isEqualTo("TQ-A01,TQ-E01,TQ-E02,TQ-E03,TQ-S01,TQ-S02");
        ProcessInstance region = start("TQ-D", "REGION_FIRST");
        assertThat(var(region, "ceStage1Pool")).isEqualTo("TQ-E01,TQ-E02,TQ-E03");
        assertThat(var(region, "ceStage2Pool")).isEqualTo("TQ-A01,TQ-S01,TQ-S02");
    }

    @Test
    @DisplayName("G 7: national oversight signs off the configuration or the appointment stops")
    void configurationSignOff() {
        ProcessInstance pi = start("TQ-C", "CLUSTER_FIRST");
        assertThat(task(pi)).hasCandidateGroup("national-oversight");
        assertThatThrownBy(() -> complete(task(pi), withVariables("configurationDecision", "APPROVED", "notConsortiumFootprint", false)))
                .hasMessageContaining("notConsortiumFootprint");
        assertThat(pi).isWaitingAt("Task_SignOffConfiguration");
        complete(task(pi), withVariables("configurationDecision", "REJECTED", "configurationNotes", "Same footprint as a consortium"));
        assertThat(pi).isEnded().hasPassed("EndEvent_ConfigurationRejected");
    }

    @Test
    @DisplayName("G 34: after consultation the cluster's CEs and Directors are at risk on the roster")
    void atRisk() {
        toPanel("TQ-C", "CLUSTER_FIRST");
        assertThat(jdbcTemplate.queryForList("SELECT employee_id FROM executive WHERE at_risk = TRUE AND employee_id LIKE 'TQ-%'"
                + " ORDER BY employee_id", String.class)).containsExactly("TQ-D01", "TQ-D02", "TQ-D03", "TQ-D04", "TQ-E01", "TQ-E02");
    }

    @Test
    @DisplayName("G 25: an unlawful panel goes back with reasons; an unknown person is refused and the task stays open")
    void panelChecks() {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        assertThatThrownBy(() -> complete(task(pi), withVariables("assessorId", "TQ-GHOST", "furtherAssessorId", "TQ-S02",
                "chairRepresentativeIds", "TQ-CH1,TQ-CH2"))).hasMessageContaining("assessorId").hasMessageContaining("TQ-GHOST");
        assertThat(pi).isWaitingAt("Task_NameCePanel");
        complete(task(pi), withVariables("assessorId", "TQ-S02", "furtherAssessorId", "TQ-S01", "chairRepresentativeIds", "TQ-CH1"));
        assertThat(pi).hasPassed("Task_CheckCePanel").isWaitingAt("Task_NameCePanel");
        assertThat((String) var(pi, "panelProblems")).contains("Assessor").contains("Cedar Care Trust");
        complete(task(pi), withVariables("assessorId", "TQ-S01", "furtherAssessorId", "TQ-S02", "chairRepresentativeIds", "TQ-CH1",
                "chairAbsenceReason", "Cedar's Chair and Vice-Chair unavailable; Pine's Chair represents Cedar"));
        assertThat(pi).isWaitingAt("Task_ShortlistCe");
        assertThat(task(pi)).hasCandidateUser("tq.shace").hasCandidateUser("tq.shafd").hasCandidateUser("tq.chair1");
    }

    @Test
    @DisplayName("G 23: an empty stage moves on, none shortlisted moves on, stage 3 open competition appoints an external candidate")
    void everyStageReached() {
        // nobody substantive in cluster TQ-E: stage 1 is empty
        board("TQ-M9", "TQ-CH3", "Cal Chair", "tq.chair3", "TQ-P3", "CHAIR");
        ProcessInstance pi = toPanel("TQ-E", "CLUSTER_FIRST");
        complete(task(pi), withVariables("assessorId", "TQ-S01", "furtherAssessorId", "TQ-S02", "chairRepresentativeIds", "TQ-CH3"));
        assertThat(pi).hasPassed("Task_CeNextStage").isWaitingAt("Task_ShortlistCe");
        assertThat(var(pi, "stage")).isEqualTo(2);
        assertThat(var(pi, "ceStage1Pool")).isEqualTo("");
        assertThat(var(pi, "ceStage2Pool")).isEqualTo("TQ-A01,TQ-E01,TQ-E02,TQ-E03,TQ-S01,TQ-S02");
        assertThatThrownBy(() -> complete(task(pi), withVariables("shortlistedCandidates", "TQ-E09")))
                .hasMessageContaining("shortlistedCandidates");
        complete(task(pi), withVariables("noneShortlisted", true));
        assertThat(pi).isWaitingAt("Task_CeOpenCompetition");
        assertThat(var(pi, "stage")).isEqualTo(3);
        complete(task(pi), withVariables("openCompetitionOutcome", "NOT_APPOINTABLE", "interviewNotes", "no field"));
        assertThat(pi).isWaitingAt("Task_CeOpenCompetition");
        complete(task(pi), withVariables("openCompetitionOutcome", "APPOINTABLE", "externalCandidateName", "Eve Outside",
                "externalCandidateOrganisation", "Elsewhere Council", "externalCandidateSex", "F",
                "externalCandidateEthnicGroup", "BLACK", "externalLaHealthExperience", true, "interviewNotes", "strong"));
        assertThat(pi).isWaitingAt("Task_CeNationalOversight");
        complete(task(pi), withVariables("oversightDecision", "REJECTED", "oversightReason", "re-run"));
        assertThat(pi).isWaitingAt("Task_CeOpenCompetition");
        complete(task(pi), withVariables("openCompetitionOutcome", "APPOINTABLE", "externalCandidateName", "Eve Outside",
                "externalCandidateOrganisation", "Elsewhere Council", "externalCandidateSex", "F",
                "externalCandidateEthnicGroup", "BLACK", "interviewNotes", "again"));
        complete(task(pi), withVariables("oversightDecision", "APPROVED"));
        assertThat(var(pi, "appointedChiefExecutive")).isEqualTo("EXT-TQ-E-CHIEF_EXECUTIVE");
        assertThat(pi).isWaitingAt("Task_ProposeCePay");
    }

    @Test
    @DisplayName("G 15-39 whole appointment: oversight rejection, Treasury approval, Directors in parallel, care-trust gap, displaced staff, equality")
    void wholeAppointment() {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        lawfulCePanel(pi);
        assertThat(pi).isWaitingAt("Task_ShortlistCe");
        complete(task(pi), withVariables("shortlistedCandidates", Spin.JSON("[\"TQ-E01\",\"TQ-E02\"]")));
        assertThat(pi).isWaitingAt("Task_InterviewCe");
        assertThatThrownBy(() -> complete(task(pi), withVariables("appointableCandidates", "TQ-E01", "preferredCandidate", "TQ-E02",
                "interviewNotes", "x"))).hasMessageContaining("preferredCandidate");
        complete(task(pi), withVariables("appointableCandidates", "TQ-E01,TQ-E02", "preferredCandidate", "TQ-E01", "interviewNotes", "x"));
        assertThat(pi).isWaitingAt("Task_CeNationalOversight");
        assertThat(task(pi)).hasCandidateGroup("national-oversight");
        // G 26: rejection goes back to the panel
        complete(task(pi), withVariables("oversightDecision", "REJECTED", "oversightReason", "Interview again"));
        assertThat(pi).isWaitingAt("Task_InterviewCe");
        complete(task(pi), withVariables("appointableCandidates", "TQ-E01", "preferredCandidate", "TQ-E01", "interviewNotes", "y"));
        complete(task(pi), withVariables("oversightDecision", "APPROVED"));
        assertThat(var(pi, "appointedChiefExecutive")).isEqualTo("TQ-E01");
        // G 35: above the threshold Treasury decides; renegotiation goes back to the proposal
        assertThat(pi).isWaitingAt("Task_ProposeCePay");
        complete(task(pi), withVariables("proposedSalary", 160000));
        assertThat(task(pi)).hasCandidateGroup("hm-treasury");
        complete(task(pi), withVariables("treasuryDecision", "RENEGOTIATE", "treasuryNotes", "too high"));
        assertThat(pi).isWaitingAt("Task_ProposeCePay");
        complete(task(pi), withVariables("proposedSalary", 150000));
        complete(task(pi), withVariables("treasuryDecision", "APPROVED"));
        // G 15: one confirmation per constituent board
        List<Task> boards = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ConfirmAccountableOfficer").list();
        assertThat(boards).hasSize(2);
        assertThat(boards.get(0)).satisfies(t -> assertThat(t).hasCandidateGroup("pct-board-secretary"));
        assertThatThrownBy(() -> complete(boards.get(0), withVariables("boardConfirmed", true)))
                .hasMessageContaining("boardMeetingDate");
        boards.forEach(t -> complete(t, withVariables("boardConfirmed", true, "boardMeetingDate", "2011-06-01")));
        assertThat(pi).isWaitingAt("CallActivity_RecruitDirectors");
        List<ProcessInstance> posts = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(pi.getId()).list();
        assertThat(posts).hasSize(4);
        // G 27: the CE appointed is not pooled again; the unsuccessful stage-1 CE is
        String[][] choices = {{"FINANCE", "TQ-D01"}, {"NURSING", "TQ-D02"}, {"MEDICAL", "TQ-D03"}, {"COMMISSIONING", "TQ-E02"}};
        for (String[] choice : choices) {
            ProcessInstance post = processEngine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(pi.getId()).variableValueEquals("directorPost", choice[0]).singleResult();
            assertThat(post).isWaitingAt("Task_NameDirectorPanel");
            // G 29: the appropriate SHA Director for Finance is the SHA's Director of Finance: an unknown id is refused
            assertThatThrownBy(() -> complete(task(post), withVariables("chairId", "TQ-CH1", "shaDirectorId", "TQ-NOBODY",
                    "otherAssessorId", "TQ-S01"))).hasMessageContaining("shaDirectorId");
            complete(task(post), withVariables("chairId", "TQ-CH1", "shaDirectorId", "TQ-S02", "otherAssessorId", "TQ-S01"));
            assertThat(post).isWaitingAt("Task_ShortlistDirector");
            String pool = (String) processEngine.getRuntimeService().getVariable(post.getId(), "currentPool");
            assertThat(pool).contains("TQ-E02").doesNotContain("TQ-E01").contains(choice[1]);
            complete(task(post), withVariables("shortlistedCandidates", choice[1]));
            complete(task(post), withVariables("appointableCandidates", choice[1], "preferredCandidate", choice[1], "interviewNotes", "ok"));
            if (choice[0].equals("FINANCE")) {
                assertThat(post).isWaitingAt("Task_DirectorNationalOversight");
                complete(task(post), withVariables("oversightDecision", "APPROVED"));
            }
            assertThat(post).isWaitingAt("Task_ProposeDirectorPay");
            assertThat(processEngine.getRuntimeService().getVariable(post.getId(), "ceBasePay")).isEqualTo(150000);
            complete(task(post), withVariables("proposedSalary", 110000));
            assertThat(post).isEnded();
        }
        // A 3.3: Cedar Care Trust, and nobody in the team has local authority health experience
        assertThat(pi).isWaitingAt("Task_ResolveLaExperienceGap");
        assertThat((String) var(pi, "laExperienceSummary")).contains("Cedar Care Trust").contains("Tequila Council");
        complete(task(pi), withVariables("laExperienceLead", "Dot Comm", "laGapResolution", "Secondment to the council"));
        // G 30, G 31: the at-risk not appointed: TQ-D04 only (TQ-E02 became a Director)
        assertThat(var(pi, "displacedStaff")).isEqualTo("TQ-D04");
        Task displaced = task(pi);
        assertThat(displaced).hasCandidateGroup("sha-hr");
        assertThatThrownBy(() -> complete(displaced, withVariables("displacedOutcome", "REDUNDANCY")))
                .hasMessageContaining("redundancyReason");
        complete(displaced, withVariables("displacedOutcome", "COMMISSIONING_SUPPORT"));
        assertThat(Spin.JSON(var(pi, "displacedOutcomes")).prop("TQ-D04").prop("outcome").stringValue()).isEqualTo("COMMISSIONING_SUPPORT");
        // G 39
        assertThat(pi).isWaitingAt("Task_EqualityImpactAssessment");
        var report = Spin.JSON(var(pi, "equalityReport"));
        assertThat(report.prop("appointed").prop("total").numberValue().intValue()).isEqualTo(5);
        assertThat(report.prop("pooled").prop("total").numberValue().intValue()).isGreaterThan(5);
        complete(task(pi), withVariables("eiaFindings", "Representation of women kept", "eiaActions", "Monitor"));
        assertThat(pi).isEnded().hasPassed("EndEvent_ExecutiveTeamAppointed");
    }

    @Test
    @DisplayName("G 31: a joint PCT/LA CE who is displaced needs a recorded joint review; no care-trust gap when someone has LA experience")
    void jointPostDisplaced() {
        jdbcTemplate.update("UPDATE executive SET la_health_experience = TRUE WHERE employee_id = 'TQ-D01'");
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        lawfulCePanel(pi);
        complete(task(pi), withVariables("shortlistedCandidates", "TQ-E01"));
        complete(task(pi), withVariables("appointableCandidates", "TQ-E01", "preferredCandidate", "TQ-E01", "interviewNotes", "x"));
        complete(task(pi), withVariables("oversightDecision", "APPROVED"));
        complete(task(pi), withVariables("proposedSalary", 140000));
        assertThat(pi).hasNotPassed("Task_CeTreasuryApproval");
        taskQuery().processInstanceId(pi.getId()).list()
                .forEach(t -> complete(t, withVariables("boardConfirmed", true, "boardMeetingDate", "2011-06-01")));
        String[][] choices = {{"FINANCE", "TQ-D01"}, {"NURSING", "TQ-D02"}, {"MEDICAL", "TQ-D03"}, {"COMMISSIONING", "TQ-D04"}};
        for (String[] choice : choices) {
            ProcessInstance post = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                    .variableValueEquals("directorPost", choice[0]).singleResult();
            complete(task(post), withVariables("chairId", "TQ-VC1", "shaDirectorId", "TQ-S02", "otherAssessorId", "TQ-S01"));
            complete(task(post), withVariables("shortlistedCandidates", choice[1]));
            complete(task(post), withVariables("appointableCandidates", choice[1], "preferredCandidate", choice[1], "interviewNotes", "ok"));
            if (choice[0].equals("FINANCE")) {
                complete(task(post), withVariables("oversightDecision", "APPROVED"));
            }
            complete(task(post), withVariables("proposedSalary", 100000));
        }
        assertThat(pi).hasPassed("Task_CheckCareTrustExperience").hasNotPassed("Task_ResolveLaExperienceGap");
        assertThat(var(pi, "displacedStaff")).isEqualTo("TQ-E02");
        Task displaced = task(pi);
        assertThatThrownBy(() -> complete(displaced, withVariables("displacedOutcome", "JOINT_POST_RETAINED")))
                .hasMessageContaining("jointReviewNotes");
        complete(displaced, withVariables("displacedOutcome", "JOINT_POST_RETAINED", "jointReviewNotes", "Kept with Tequila Council"));
        assertThat(pi).isWaitingAt("Task_EqualityImpactAssessment");
    }
}
