package uk.nhs.workforce.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * cluster TQ-E (sub-region TQ-S), SHA TQ-SHA and an ALB. Display names cite the paragraph; the
 * tests named after a defect (four panels first, two clusters, SHA CE as assessor and candidate,
 * bypassed shortlist, declined Accountable Officer, failed stage 3, two posts at once) each failed on
 * the process as it was before the appointment register and independent panels.
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
        exec("TQ-E02", "Bob Cedar", "M", "ASIAN", "tq.ce2", "TQ-CT", "CHIEF_EXECUTIVE", null, true, false, null, true);
        exec("TQ-E03", "Cat Oak", "F", "BLACK", null, "TQ-P2", "CHIEF_EXECUTIVE", null, true, false, null, false);
        exec("TQ-E09", "Ivy Interim", "F", "WHITE", null, "TQ-P3", "CHIEF_EXECUTIVE", null, false, false, null, false);
        exec("TQ-S01", "Sam Shace", "M", "WHITE", "tq.shace", "TQ-SHA", "CHIEF_EXECUTIVE", null, true, false, null, false);
        exec("TQ-S02", "Fay Shafd", "F", "WHITE", "tq.shafd", "TQ-SHA", "DIRECTOR", "FINANCE", true, false, null, false);
        exec("TQ-S03", "Ada Assoc", "F", "MIXED", "tq.assoc", "TQ-SHA", "ASSOCIATE_DIRECTOR", "NURSING", true, false, null, false);
        exec("TQ-A01", "Al Body", "M", "WHITE", null, "TQ-ALB", "CHIEF_EXECUTIVE", null, true, false, "TQ", false);
        // an ALB Director who did not elect the region's pool: outside every pool, so an independent assessor
        exec("TQ-A02", "Abe Outside", "M", "WHITE", "tq.albd", "TQ-ALB", "DIRECTOR", "OTHER", true, false, null, false);
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
        // root instances only: deleting one deletes its Director recruitments with it
        processEngine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(pi -> processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "test cleanup", true, true));
        jdbcTemplate.update("DELETE FROM appointment_register WHERE employee_id LIKE 'TQ-%'");
        jdbcTemplate.update("DELETE FROM appointment_at_risk WHERE employee_id LIKE 'TQ-%'");
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

    private ProcessInstance signedOff(String cluster, String proposal) {
        ProcessInstance pi = start(cluster, proposal);
        assertThat(pi).isWaitingAt("Task_SignOffConfiguration");
        complete(task(pi), withVariables("configurationDecision", "APPROVED", "notConsortiumFootprint", true));
        assertThat(pi).isWaitingAt("Task_ConsultOnPooling");
        return pi;
    }

    private void consult(ProcessInstance pi, String option) {
        complete(task(pi), withVariables("pctViews", "PCTs content", "forumViews", "Forum content", "agreedPoolingOption", option));
        for (Task t : taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ConsultAffectedStaff").list()) {
            complete(t, withVariables("staffConsulted", true, "unionsConsulted", true));
        }
    }

    private ProcessInstance toPanel(String cluster, String option) {
        ProcessInstance pi = signedOff(cluster, option);
        consult(pi, option);
        assertThat(pi).isWaitingAt("Task_NameCePanel");
        return pi;
    }

    private void declareNone(ProcessInstance pi, String key) {
        List<Task> declarations = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
        assertThat(declarations).isNotEmpty();
        declarations.forEach(t -> complete(t, withVariables("noConflictOfInterest", true)));
    }

    /** G 25 with the SHA CE pooled at stage 2: her nominated deputy and a further assessor from outside the pools. */
    private void lawfulCePanel(ProcessInstance pi, String... chairs) {
        complete(task(pi), withVariables("assessorId", "TQ-S03", "assessorIsNominatedDeputy", true, "furtherAssessorId", "TQ-A02",
                "chairRepresentativeIds", String.join(",", chairs.length == 0 ? new String[] {"TQ-CH1", "TQ-CH2"} : chairs)));
        assertThat(pi).isWaitingAt("Task_DeclareCeConflicts");
        declareNone(pi, "Task_DeclareCeConflicts");
    }

    private void directorPanel(ProcessInstance post) {
        complete(task(post), withVariables("chairId", "TQ-CH1", "shaDirectorId", "TQ-S02", "otherAssessorId", "TQ-S01"));
        declareNone(post, "Task_DeclareDirectorConflicts");
    }

    private ProcessInstance post(ProcessInstance pi, String portfolio) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .variableValueEquals("directorPost", portfolio).singleResult();
    }

    /** The CE appointed (TQ-E01 unless another is given), paid below the threshold, every board confirming. */
    private void appointCe(ProcessInstance pi, String ce, boolean boardsConfirm) {
        lawfulCePanel(pi);
        complete(task(pi), withVariables("shortlistedCandidates", ce));
        complete(task(pi), withVariables("appointableCandidates", ce, "preferredCandidate", ce, "interviewNotes", "x"));
        complete(task(pi), withVariables("oversightDecision", "APPROVED"));
        complete(task(pi), withVariables("proposedSalary", 140000));
        if (boardsConfirm) {
            taskQuery().processInstanceId(pi.getId()).list().forEach(t -> complete(t,
                    withVariables("boardDecision", "CONFIRMED", "boardMeetingDate", "2011-06-01")));
            assertThat(pi).isWaitingAt("CallActivity_RecruitDirectors");
        }
    }

    private Task outcomeTask(ProcessInstance pi, String employeeId) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordDisplacedOutcome").list().stream()
                .filter(t -> employeeId.equals(processEngine.getTaskService().getVariable(t.getId(), "displacedEmployeeId")))
                .findFirst().orElseThrow();
    }

    private List<String> atRisk() {
        return jdbcTemplate.queryForList("SELECT employee_id FROM executive WHERE at_risk = TRUE AND employee_id LIKE 'TQ-%'"
                + " ORDER BY employee_id", String.class);
    }

    private List<String> register() {
        return jdbcTemplate.queryForList("SELECT employee_id || ':' || post || ':' || status FROM appointment_register"
                + " WHERE employee_id LIKE 'TQ-%' ORDER BY employee_id", String.class);
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
    @DisplayName("G 7, G 20: SHA HR cannot tick away the NHS Chief Executive's sign-off or the agreement to revisit at the start")
    void evidenceNotTicks() {
        assertThatThrownBy(() -> start("TQ-C", "CLUSTER_FIRST", "configurationSignedOff", true))
                .hasMessageContaining("configurationSignedOff").hasMessageContaining("national-oversight");
        assertThatThrownBy(() -> start("TQ-C", "CLUSTER_FIRST", "establishedArrangements", true, "revisitAgreed", true))
                .hasMessageContaining("revisitAgreed");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    @DisplayName("G 20: with established arrangements national oversight decides in its own task whether they are revisited")
    void notRevisited() {
        ProcessInstance pi = start("TQ-C", "CLUSTER_FIRST", "establishedArrangements", true);
        assertThat(pi).isWaitingAt("Task_SignOffConfiguration");
        assertThat(task(pi)).hasCandidateGroup("national-oversight");
        assertThatThrownBy(() -> complete(task(pi), withVariables("configurationDecision", "APPROVED", "notConsortiumFootprint", true)))
                .hasMessageContaining("furtherChangeRequired");
        complete(task(pi), withVariables("configurationDecision", "APPROVED", "notConsortiumFootprint", true,
                "furtherChangeRequired", "NOT_REQUIRED", "configurationNotes", "Substantive team in post since 2010"));
        assertThat(pi).isEnded().hasPassed("EndEvent_NotRevisited");
        ProcessInstance revisit = start("TQ-D", "CLUSTER_FIRST", "establishedArrangements", true);
        complete(task(revisit), withVariables("configurationDecision", "APPROVED", "notConsortiumFootprint", true,
                "furtherChangeRequired", "REQUIRED", "configurationNotes", "Footprint changes"));
        assertThat(revisit).isWaitingAt("Task_ConsultOnPooling");
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
    @DisplayName("G 21, G 34, G 22: the option is chosen after consultation, pools recomputed, everyone pooled declared at risk with the reason, other PCTs consulted too")
    void optionChosenAfterConsultation() {
        ProcessInstance pi = signedOff("TQ-C", "CLUSTER_FIRST");
        assertThatThrownBy(() -> complete(task(pi), withVariables("pctViews", "content", "agreedPoolingOption", "REGION_FIRST")))
                .hasMessageContaining("forumViews");
        complete(task(pi), withVariables("pctViews", "PCTs prefer region first", "forumViews", "Forum agrees",
                "agreedPoolingOption", "REGION_FIRST"));
        // recomputed for the option chosen; at risk as the staff consultation commences, before it ends
        assertThat(var(pi, "ceStage1Pool")).isEqualTo("TQ-E01,TQ-E02,TQ-E03");
        assertThat(var(pi, "poolingOption")).isEqualTo("CLUSTER_FIRST");
        assertThat(pi).isWaitingAt("Task_ConsultAffectedStaff");
        assertThat(atRisk()).containsExactly("TQ-D01", "TQ-D02", "TQ-D03", "TQ-D04", "TQ-E01", "TQ-E02", "TQ-E03");
        assertThat(jdbcTemplate.queryForObject("SELECT at_risk_reason FROM executive WHERE employee_id = 'TQ-E03'", String.class))
                .contains("Chief Executive stage-1 pool").contains("Director stage-1 pool").contains("TQ-C").contains("G 34");
        // Oak PCT, in another cluster, consults its pooled Chief Executive too (G 22)
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ConsultAffectedStaff").list()
                .stream().map(t -> processEngine.getTaskService().getVariable(t.getId(), "consultingPct")).toList())
                .containsExactlyInAnyOrder("TQ-P1", "TQ-CT", "TQ-P2");
    }

    @Test
    @DisplayName("G 25, G 23: the SHA CE as assessor and candidate is refused naming both; her nominated deputy outside the pools is accepted")
    void shaCeAsAssessorAndCandidate() {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        assertThatThrownBy(() -> complete(task(pi), withVariables("assessorId", "TQ-S01", "furtherAssessorId", "TQ-A02",
                "chairRepresentativeIds", "TQ-CH1,TQ-CH2"))).hasMessageContaining("assessorId").hasMessageContaining("Sam Shace")
                .hasMessageContaining("Chief Executive stage-2 pool").hasMessageContaining("nominated deputy");
        assertThatThrownBy(() -> complete(task(pi), withVariables("assessorId", "TQ-S03", "assessorIsNominatedDeputy", true,
                "furtherAssessorId", "TQ-S02", "chairRepresentativeIds", "TQ-CH1,TQ-CH2")))
                .hasMessageContaining("furtherAssessorId").hasMessageContaining("Fay Shafd");
        assertThat(pi).isWaitingAt("Task_NameCePanel");
        assertThatThrownBy(() -> complete(task(pi), withVariables("assessorId", "TQ-GHOST", "furtherAssessorId", "TQ-A02",
                "chairRepresentativeIds", "TQ-CH1,TQ-CH2"))).hasMessageContaining("assessorId").hasMessageContaining("TQ-GHOST");
        lawfulCePanel(pi);
        assertThat(pi).isWaitingAt("Task_ShortlistCe");
        assertThat(task(pi)).hasCandidateUser("tq.assoc").hasCandidateUser("tq.albd").hasCandidateUser("tq.chair1");
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(task(pi).getId()))
                .noneMatch(l -> "tq.shace".equals(l.getUserId()));
    }

    @Test
    @DisplayName("G 25: a PCT without its Chair or Vice-Chair must name the constituent Chair representing it; a reason alone goes back")
    void representationNamed() {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        complete(task(pi), withVariables("assessorId", "TQ-S03", "assessorIsNominatedDeputy", true, "furtherAssessorId", "TQ-A02",
                "chairRepresentativeIds", "TQ-CH1", "chairAbsenceReason", "Cedar's Chair is unavailable"));
        assertThat(pi).hasPassed("Task_CheckCePanel").isWaitingAt("Task_NameCePanel");
        assertThat((String) var(pi, "panelProblems")).contains("Representation").contains("Cedar Care Trust");
        complete(task(pi), withVariables("assessorId", "TQ-S03", "assessorIsNominatedDeputy", true, "furtherAssessorId", "TQ-A02",
                "chairRepresentativeIds", "TQ-CH1", "chairAbsenceReason", "Cedar's Chair is unavailable",
                "representations", Spin.JSON("[\"TQ-CT|TQ-CH1\"]")));
        assertThat(pi).isWaitingAt("Task_DeclareCeConflicts");
    }

    @Test
    @DisplayName("Conflicts of interest: each panel member declares on their first task; a declared conflict is recorded and needs a substitute")
    void conflictOfInterest() {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        complete(task(pi), withVariables("assessorId", "TQ-S03", "assessorIsNominatedDeputy", true, "furtherAssessorId", "TQ-A02",
                "chairRepresentativeIds", "TQ-CH1,TQ-CH2"));
        List<Task> declarations = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_DeclareCeConflicts").list();
        assertThat(declarations).extracting(Task::getAssignee).containsExactlyInAnyOrder("tq.assoc", "tq.albd", "tq.chair1", "tq.chair2");
        Task chair2 = declarations.stream().filter(t -> "tq.chair2".equals(t.getAssignee())).findFirst().orElseThrow();
        assertThatThrownBy(() -> complete(chair2, withVariables("conflictCandidates", "TQ-E02")))
                .hasMessageContaining("conflictNature");
        complete(chair2, withVariables("conflictCandidates", "TQ-E02", "conflictNature", "Bob Cedar is my brother-in-law"));
        declarations.stream().filter(t -> !"tq.chair2".equals(t.getAssignee()))
                .forEach(t -> complete(t, withVariables("noConflictOfInterest", true)));
        assertThat(pi).isWaitingAt("Task_NameCePanel");
        assertThat((String) var(pi, "panelProblems")).contains("Cy Chair").contains("Bob Cedar").contains("substitute");
        assertThat(Spin.JSON(var(pi, "conflictsOfInterest")).prop("TQ-CH2").prop("nature").stringValue()).contains("brother-in-law");
        assertThatThrownBy(() -> complete(task(pi), withVariables("assessorId", "TQ-S03", "assessorIsNominatedDeputy", true,
                "furtherAssessorId", "TQ-A02", "chairRepresentativeIds", "TQ-CH1,TQ-CH2")))
                .hasMessageContaining("Cy Chair").hasMessageContaining("conflict of interest").hasMessageContaining("Bob Cedar");
        complete(task(pi), withVariables("assessorId", "TQ-S03", "assessorIsNominatedDeputy", true, "furtherAssessorId", "TQ-A02",
                "chairRepresentativeIds", "TQ-CH1", "chairAbsenceReason", "Cedar's Chair declared a conflict",
                "representations", "TQ-CT|TQ-CH1"));
        declareNone(pi, "Task_DeclareCeConflicts");
        assertThat(pi).isWaitingAt("Task_ShortlistCe");
    }

    @Test
    @DisplayName("Shortlist integrity: completing the interview with a new shortlist is refused; the shortlist is checked on every task that carries it")
    void bypassedShortlist() {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        lawfulCePanel(pi);
        complete(task(pi), withVariables("shortlistedCandidates", "TQ-E01"));
        assertThatThrownBy(() -> complete(task(pi), withVariables("shortlistedCandidates", "TQ-E01,TQ-E03",
                "appointableCandidates", "TQ-E03", "preferredCandidate", "TQ-E03", "interviewNotes", "x")))
                .hasMessageContaining("shortlistedCandidates").hasMessageContaining("TQ-E03");
        assertThatThrownBy(() -> complete(task(pi), withVariables("shortlistedCandidates", "TQ-E02",
                "appointableCandidates", "TQ-E02", "preferredCandidate", "TQ-E02", "interviewNotes", "x")))
                .hasMessageContaining("shortlistedCandidates");
        assertThat(pi).isWaitingAt("Task_InterviewCe");
        assertThat(register()).isEmpty();
    }

    @Test
    @DisplayName("G 23 stage 3: any number of candidates; a failed open competition is advertised again or closed as not filled with reason and interim arrangement")
    void failedStage3() {
        board("TQ-M9", "TQ-CH3", "Cal Chair", "tq.chair3", "TQ-P3", "CHAIR");
        ProcessInstance pi = toPanel("TQ-E", "CLUSTER_FIRST");
        lawfulCePanel(pi, "TQ-CH3");
        assertThat(pi).hasPassed("Task_CeNextStage").isWaitingAt("Task_ShortlistCe");
        assertThat(var(pi, "stage")).isEqualTo(2);
        assertThat(var(pi, "ceStage1Pool")).isEqualTo("");
        assertThatThrownBy(() -> complete(task(pi), withVariables("shortlistedCandidates", "TQ-E09")))
                .hasMessageContaining("shortlistedCandidates");
        complete(task(pi), withVariables("noneShortlisted", true));
        assertThat(pi).isWaitingAt("Task_CeOpenCompetition");
        assertThatThrownBy(() -> complete(task(pi), withVariables("openCompetitionOutcome", "READVERTISE",
                "openCompetitionCandidates", "Eve Outside; F; PURPLE"))).hasMessageContaining("openCompetitionCandidates")
                .hasMessageContaining("line 1");
        complete(task(pi), withVariables("openCompetitionOutcome", "READVERTISE",
                "openCompetitionCandidates", "Eve Outside; F; BLACK; Elsewhere Council\nFred Far; M; WHITE\nGia Gone; F; ASIAN"));
        assertThat(pi).isWaitingAt("Task_CeOpenCompetition");
        assertThatThrownBy(() -> complete(task(pi), withVariables("openCompetitionOutcome", "NOT_FILLED")))
                .hasMessageContaining("notFilledReason");
        complete(task(pi), withVariables("openCompetitionOutcome", "NOT_FILLED", "openCompetitionCandidates", "Hal Late; M; OTHER",
                "notFilledReason", "No appointable candidate in two competitions",
                "interimArrangement", "Pine PCT's Chief Executive acts for the cluster until April 2012"));
        assertThat(pi).isEnded().hasPassed("EndEvent_CeNotFilled");
        var history = processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId());
        assertThat(history.variableName("notFilled").singleResult().getValue().toString()).contains("interim").contains("Pine PCT");
        assertThat(Spin.JSON(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("openCompetitionApplicants").singleResult().getValue().toString()).elements()).hasSize(4);
        assertThat(atRisk()).isEmpty();
    }

    @Test
    @DisplayName("G 23 stage 3: an internal at-risk candidate who wins the open competition is appointed, never displaced")
    void internalWinsStage3() {
        board("TQ-M9", "TQ-CH3", "Cal Chair", "tq.chair3", "TQ-P3", "CHAIR");
        ProcessInstance pi = toPanel("TQ-E", "CLUSTER_FIRST");
        lawfulCePanel(pi, "TQ-CH3");
        complete(task(pi), withVariables("noneShortlisted", true));
        complete(task(pi), withVariables("openCompetitionOutcome", "APPOINTABLE",
                "openCompetitionCandidates", "Eve Outside; F; BLACK\nTQ-E03", "preferredExternalCandidate", "Cat Oak"));
        assertThat(register()).containsExactly("TQ-E03:CHIEF_EXECUTIVE:RESERVED");
        complete(task(pi), withVariables("oversightDecision", "APPROVED"));
        assertThat(var(pi, "appointedChiefExecutive")).isEqualTo("TQ-E03");
        assertThat(register()).containsExactly("TQ-E03:CHIEF_EXECUTIVE:APPOINTED");
        assertThat(atRisk()).doesNotContain("TQ-E03");
    }

    @Test
    @DisplayName("G 23 REGION_FIRST, two clusters of one region: a CE preferred by one is refused by the other naming the post; not 'unsuccessful' or displaced elsewhere")
    void twoClustersRegionFirst() {
        board("TQ-M4", "TQ-CH4", "Ola Chair", "tq.chair4", "TQ-P2", "CHAIR");
        ProcessInstance c = toPanel("TQ-C", "REGION_FIRST");
        ProcessInstance d = toPanel("TQ-D", "REGION_FIRST");
        lawfulCePanel(c);
        lawfulCePanel(d, "TQ-CH4");
        assertThat(var(c, "currentPool")).isEqualTo("TQ-E01,TQ-E02,TQ-E03");
        assertThat(var(d, "currentPool")).isEqualTo("TQ-E01,TQ-E02,TQ-E03");
        complete(task(c), withVariables("shortlistedCandidates", "TQ-E01,TQ-E02"));
        complete(task(c), withVariables("appointableCandidates", "TQ-E01", "preferredCandidate", "TQ-E01", "interviewNotes", "x"));
        assertThatThrownBy(() -> complete(task(d), withVariables("shortlistedCandidates", "TQ-E01,TQ-E03")))
                .hasMessageContaining("shortlistedCandidates").hasMessageContaining("Ann Pine")
                .hasMessageContaining("Chief Executive of cluster TQ-C");
        complete(task(d), withVariables("shortlistedCandidates", "TQ-E03"));
        complete(task(d), withVariables("appointableCandidates", "TQ-E03", "preferredCandidate", "TQ-E03", "interviewNotes", "x"));
        complete(task(c), withVariables("oversightDecision", "APPROVED"));
        complete(task(d), withVariables("oversightDecision", "APPROVED"));
        assertThat(register()).containsExactly("TQ-E01:CHIEF_EXECUTIVE:APPOINTED", "TQ-E03:CHIEF_EXECUTIVE:APPOINTED");
        complete(task(c), withVariables("proposedSalary", 140000));
        taskQuery().processInstanceId(c.getId()).list().forEach(t -> complete(t,
                withVariables("boardDecision", "CONFIRMED", "boardMeetingDate", "2011-06-01")));
        // G 27: the CE appointed in cluster TQ-D is not an 'unsuccessful stage-1 CE' in TQ-C's Director pools
        ProcessInstance finance = post(c, "FINANCE");
        directorPanel(finance);
        String pool = (String) processEngine.getRuntimeService().getVariable(finance.getId(), "currentPool");
        assertThat(pool).contains("TQ-E02").doesNotContain("TQ-E03").doesNotContain("TQ-E01");
    }

    @Test
    @DisplayName("G 27 four panels named first: one Director preferred for Finance is refused for Nursing and Medical, naming the post")
    void fourPanelsFirst() {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        appointCe(pi, "TQ-E01", true);
        for (String portfolio : List.of("FINANCE", "NURSING", "MEDICAL", "COMMISSIONING")) {
            directorPanel(post(pi, portfolio));
            assertThat(post(pi, portfolio)).isWaitingAt("Task_ShortlistDirector");
        }
        complete(task(post(pi, "FINANCE")), withVariables("shortlistedCandidates", "TQ-D01"));
        complete(task(post(pi, "NURSING")), withVariables("shortlistedCandidates", "TQ-D01,TQ-D02"));
        complete(task(post(pi, "FINANCE")), withVariables("appointableCandidates", "TQ-D01", "preferredCandidate", "TQ-D01",
                "interviewNotes", "ok"));
        assertThat(register()).contains("TQ-D01:FINANCE:RESERVED");
        assertThatThrownBy(() -> complete(task(post(pi, "NURSING")), withVariables("appointableCandidates", "TQ-D01,TQ-D02",
                "preferredCandidate", "TQ-D01", "interviewNotes", "ok"))).hasMessageContaining("preferredCandidate")
                .hasMessageContaining("Dan Fin").hasMessageContaining("Director of Finance of cluster TQ-C");
        assertThatThrownBy(() -> complete(task(post(pi, "MEDICAL")), withVariables("shortlistedCandidates", "TQ-D01,TQ-D03")))
                .hasMessageContaining("Dan Fin").hasMessageContaining("Director of Finance");
        complete(task(post(pi, "NURSING")), withVariables("appointableCandidates", "TQ-D02", "preferredCandidate", "TQ-D02",
                "interviewNotes", "ok"));
        // national oversight rejects: the Finance reservation is released and Dan Fin may be preferred elsewhere
        complete(task(post(pi, "FINANCE")), withVariables("oversightDecision", "REJECTED", "oversightReason", "interview again"));
        assertThat(register()).doesNotContain("TQ-D01:FINANCE:RESERVED");
        complete(task(post(pi, "MEDICAL")), withVariables("shortlistedCandidates", "TQ-D01,TQ-D03"));
        complete(task(post(pi, "MEDICAL")), withVariables("appointableCandidates", "TQ-D01", "preferredCandidate", "TQ-D01",
                "interviewNotes", "ok"));
        assertThat(register()).contains("TQ-D01:MEDICAL:APPOINTED", "TQ-D02:NURSING:APPOINTED");
    }

    @Test
    @DisplayName("G 27 two posts prefer the same person at the same moment (two threads): exactly one is reserved, the other refused and left open")
    void twoPostsAtOnce() throws Exception {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        appointCe(pi, "TQ-E01", true);
        List<ProcessInstance> posts = List.of(post(pi, "MEDICAL"), post(pi, "COMMISSIONING"));
        for (ProcessInstance p : posts) {
            directorPanel(p);
            complete(task(p), withVariables("shortlistedCandidates", "TQ-D03"));
        }
        List<Task> interviews = posts.stream().map(p -> task(p)).toList();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (Task t : interviews) {
                results.add(threads.submit(() -> {
                    go.await();
                    try {
                        processEngine.getTaskService().complete(t.getId(), Map.of("appointableCandidates", "TQ-D03",
                                "preferredCandidate", "TQ-D03", "interviewNotes", "ok"));
                        return "reserved";
                    } catch (ProcessEngineException e) {
                        return e.getMessage();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(Collections.frequency(outcomes, "reserved")).isEqualTo(1);
            assertThat(outcomes).anySatisfy(m -> assertThat(m).contains("preferredCandidate").contains("Don Med"));
        } finally {
            threads.shutdownNow();
        }
        assertThat(register()).filteredOn(r -> r.startsWith("TQ-D03:")).hasSize(1);
        assertThat(posts.stream().filter(p -> processEngine.getTaskService().createTaskQuery().processInstanceId(p.getId())
                .taskDefinitionKey("Task_InterviewDirector").count() == 1).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("G 15: a board that does not confirm the Accountable Officer records why; SHA HR and national oversight resolve it, no stuck case")
    void declinedAccountableOfficer() {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        appointCe(pi, "TQ-E01", false);
        List<Task> boards = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ConfirmAccountableOfficer").list();
        assertThat(boards).hasSize(2);
        assertThatThrownBy(() -> complete(boards.get(0), withVariables("boardDecision", "NOT_CONFIRMED", "boardMeetingDate", "2011-06-01")))
                .hasMessageContaining("notConfirmedReason");
        complete(boards.get(0), withVariables("boardDecision", "NOT_CONFIRMED", "boardMeetingDate", "2011-06-01",
                "notConfirmedReason", "The board wants its own Chief Executive"));
        complete(boards.get(1), withVariables("boardDecision", "CONFIRMED", "boardMeetingDate", "2011-06-02"));
        assertThat(pi).isWaitingAt("Task_ResolveAccountableOfficer");
        assertThat(task(pi)).hasCandidateGroup("sha-hr").hasCandidateGroup("national-oversight");
        assertThat((String) var(pi, "accountableOfficerDeclineSummary")).contains("own Chief Executive");
        complete(task(pi), withVariables("accountableOfficerResolution", "WITHDRAWN", "resolutionNotes", "A new competition will run"));
        assertThat(pi).isEnded().hasPassed("EndEvent_CeWithdrawn");
        assertThat(register()).isEmpty();
        assertThat(atRisk()).isEmpty();
        // after resolution the board may confirm after all, and the Directors are recruited
        ProcessInstance again = toPanel("TQ-C", "CLUSTER_FIRST");
        appointCe(again, "TQ-E01", false);
        List<Task> boards2 = taskQuery().processInstanceId(again.getId()).taskDefinitionKey("Task_ConfirmAccountableOfficer").list();
        complete(boards2.get(0), withVariables("boardDecision", "NOT_CONFIRMED", "boardMeetingDate", "2011-07-01",
                "notConfirmedReason", "Wanted more time"));
        complete(boards2.get(1), withVariables("boardDecision", "CONFIRMED", "boardMeetingDate", "2011-07-01"));
        complete(task(again), withVariables("accountableOfficerResolution", "CONFIRMED", "boardMeetingDate", "2011-07-15",
                "resolutionNotes", "Confirmed at an extraordinary meeting"));
        assertThat(again).isWaitingAt("CallActivity_RecruitDirectors");
    }

    @Test
    @DisplayName("G 15-39 whole appointment: draft equality before approval, oversight rejection, Treasury, Directors in parallel, care-trust gap, displaced staff, final equality")
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
        // G 39: a draft equality report before the Chief Executive is approved
        assertThat(Spin.JSON(var(pi, "equalityReport")).prop("status").stringValue()).isEqualTo("DRAFT");
        assertThat(Spin.JSON(var(pi, "equalityReport")).prop("previousPostHolders").prop("total").numberValue().intValue()).isEqualTo(6);
        // G 26: rejection goes back to the panel
        complete(task(pi), withVariables("oversightDecision", "REJECTED", "oversightReason", "Interview again"));
        assertThat(pi).isWaitingAt("Task_InterviewCe");
        complete(task(pi), withVariables("appointableCandidates", "TQ-E01", "preferredCandidate", "TQ-E01", "interviewNotes", "y"));
        complete(task(pi), withVariables("oversightDecision", "APPROVED"));
        assertThat(var(pi, "appointedChiefExecutive")).isEqualTo("TQ-E01");
        assertThat(atRisk()).doesNotContain("TQ-E01").contains("TQ-E02");
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
        boards.forEach(t -> complete(t, withVariables("boardDecision", "CONFIRMED", "boardMeetingDate", "2011-06-01")));
        assertThat(pi).isWaitingAt("CallActivity_RecruitDirectors");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list()).hasSize(4);
        // G 27: the CE appointed is not pooled again; the unsuccessful stage-1 CE is
        String[][] choices = {{"FINANCE", "TQ-D01"}, {"NURSING", "TQ-D02"}, {"MEDICAL", "TQ-D03"}, {"COMMISSIONING", "TQ-E02"}};
        for (String[] choice : choices) {
            ProcessInstance post = post(pi, choice[0]);
            assertThat(post).isWaitingAt("Task_NameDirectorPanel");
            assertThatThrownBy(() -> complete(task(post), withVariables("chairId", "TQ-CH1", "shaDirectorId", "TQ-NOBODY",
                    "otherAssessorId", "TQ-S01"))).hasMessageContaining("shaDirectorId");
            // the SHA's Associate Director is in the Director stage-2 pool: she cannot assess it
            assertThatThrownBy(() -> complete(task(post), withVariables("chairId", "TQ-CH1", "shaDirectorId", "TQ-S02",
                    "otherAssessorId", "TQ-S03"))).hasMessageContaining("otherAssessorId").hasMessageContaining("Ada Assoc");
            directorPanel(post);
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
        // G 30: displaced are the cluster's at-risk staff appointed nowhere: TQ-D04 (TQ-E02 became a Director,
        // and Oak PCT's TQ-E03, pooled at stage 2, is for her own cluster's appointment)
        assertThat(var(pi, "displacedStaff")).isEqualTo("TQ-D04");
        // G 31: Bob Cedar, a joint PCT/LA post holder, was appointed and still gets a joint review
        assertThat(var(pi, "staffNeedingOutcome")).isEqualTo("TQ-D04,TQ-E02");
        Task review = outcomeTask(pi, "TQ-E02");
        complete(review, withVariables("jointReviewNotes", "Joint post with the council continues alongside the Director post"));
        Task displaced = outcomeTask(pi, "TQ-D04");
        assertThat(displaced).hasCandidateGroup("sha-hr");
        assertThatThrownBy(() -> complete(displaced, withVariables("displacedOutcome", "REDUNDANCY")))
                .hasMessageContaining("redundancyReason");
        complete(displaced, withVariables("displacedOutcome", "PENDING"));
        assertThat(Spin.JSON(var(pi, "displacedOutcomes")).prop("TQ-D04").prop("outcome").stringValue()).isEqualTo("PENDING");
        // G 39: the final report compares previous post-holders, pools, shortlists and appointees
        assertThat(pi).isWaitingAt("Task_EqualityImpactAssessment");
        var report = Spin.JSON(var(pi, "equalityReport"));
        assertThat(report.prop("status").stringValue()).isEqualTo("FINAL");
        assertThat(report.prop("appointed").prop("total").numberValue().intValue()).isEqualTo(5);
        assertThat(report.prop("shortlisted").prop("total").numberValue().intValue()).isEqualTo(5);
        assertThat(report.prop("pooled").prop("total").numberValue().intValue()).isGreaterThan(5);
        complete(task(pi), withVariables("eiaFindings", "Representation of women kept", "eiaActions", "Monitor"));
        assertThat(pi).isEnded().hasPassed("EndEvent_ExecutiveTeamAppointed");
        // G 34 closed: only the person whose outcome is pending stays at risk from this appointment
        assertThat(atRisk()).containsExactly("TQ-D04");
    }

    @Test
    @DisplayName("G 31: joint PCT/LA post holders get a joint review whether or not appointed; winners are never displaced")
    void jointPostReviewed() {
        jdbcTemplate.update("UPDATE executive SET la_health_experience = TRUE WHERE employee_id = 'TQ-D01'");
        jdbcTemplate.update("UPDATE executive SET joint_la_post = TRUE WHERE employee_id = 'TQ-D02'");
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        appointCe(pi, "TQ-E01", true);
        String[][] choices = {{"FINANCE", "TQ-D01"}, {"NURSING", "TQ-D02"}, {"MEDICAL", "TQ-D03"}, {"COMMISSIONING", "TQ-D04"}};
        for (String[] choice : choices) {
            ProcessInstance post = post(pi, choice[0]);
            directorPanel(post);
            complete(task(post), withVariables("shortlistedCandidates", choice[1]));
            complete(task(post), withVariables("appointableCandidates", choice[1], "preferredCandidate", choice[1], "interviewNotes", "ok"));
            if (choice[0].equals("FINANCE")) {
                complete(task(post), withVariables("oversightDecision", "APPROVED"));
            }
            complete(task(post), withVariables("proposedSalary", 100000));
        }
        assertThat(pi).hasPassed("Task_CheckCareTrustExperience").hasNotPassed("Task_ResolveLaExperienceGap");
        assertThat(var(pi, "displacedStaff")).isEqualTo("TQ-E02");
        assertThat(var(pi, "staffNeedingOutcome")).isEqualTo("TQ-D02,TQ-E02");
        for (Task t : taskQuery().processInstanceId(pi.getId()).list()) {
            String who = (String) processEngine.getTaskService().getVariable(t.getId(), "displacedEmployeeId");
            if (who.equals("TQ-D02")) {
                assertThatThrownBy(() -> complete(t, withVariables("displacedOutcome", ""))).hasMessageContaining("jointReviewNotes");
                complete(t, withVariables("jointReviewNotes", "Joint commissioning post with the council continues"));
            } else {
                assertThatThrownBy(() -> complete(t, withVariables("displacedOutcome", "REMAINS_IN_PCT_ROLE")))
                        .hasMessageContaining("jointReviewNotes");
                complete(t, withVariables("displacedOutcome", "REMAINS_IN_PCT_ROLE", "jointReviewNotes", "Kept with Tequila Council"));
            }
        }
        assertThat(Spin.JSON(var(pi, "displacedOutcomes")).prop("TQ-D02").prop("outcome").stringValue()).isEqualTo("APPOINTED");
        assertThat(pi).isWaitingAt("Task_EqualityImpactAssessment");
    }

    @Test
    @DisplayName("G 27 stage 3: a Director post can be closed as not filled with the reason and interim arrangement; the team goes on without it")
    void directorPostNotFilled() {
        ProcessInstance pi = toPanel("TQ-C", "CLUSTER_FIRST");
        appointCe(pi, "TQ-E01", true);
        ProcessInstance medical = post(pi, "MEDICAL");
        directorPanel(medical);
        complete(task(medical), withVariables("noneShortlisted", true));
        assertThat(medical).isWaitingAt("Task_ShortlistDirector");
        complete(task(medical), withVariables("noneShortlisted", true));
        assertThat(medical).isWaitingAt("Task_DirectorOpenCompetition");
        complete(task(medical), withVariables("openCompetitionOutcome", "NOT_FILLED", "notFilledReason", "No applicants",
                "interimArrangement", "Pine PCT's Medical Director covers the cluster"));
        assertThat(medical).isEnded().hasPassed("EndEvent_DirectorPostNotFilled");
        String[][] choices = {{"FINANCE", "TQ-D01"}, {"NURSING", "TQ-D02"}, {"COMMISSIONING", "TQ-D04"}};
        for (String[] choice : choices) {
            ProcessInstance post = post(pi, choice[0]);
            directorPanel(post);
            complete(task(post), withVariables("shortlistedCandidates", choice[1]));
            complete(task(post), withVariables("appointableCandidates", choice[1], "preferredCandidate", choice[1], "interviewNotes", "ok"));
            if (choice[0].equals("FINANCE")) {
                complete(task(post), withVariables("oversightDecision", "APPROVED"));
            }
            complete(task(post), withVariables("proposedSalary", 100000));
        }
        assertThat(pi).isWaitingAt("Task_ResolveLaExperienceGap");
        assertThat(Spin.JSON(var(pi, "postsNotFilled")).prop("MEDICAL").prop("interimArrangement").stringValue())
                .contains("Pine PCT");
    }
}
