package uk.nhs.workforce.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

class BoardVacancyProcessTest extends ProcessEngineTest {

    private static final String KEY = "board-vacancy";

    private ClusterFixture fixture() {
        return new ClusterFixture(jdbcTemplate);
    }

    @AfterEach
    void cleanRoster() {
        deleteAllInstances();
        fixture().clean();
    }

    private ProcessInstance report(String board, String memberId) {
        return runtimeService().startProcessInstanceByKey(KEY, Map.of("organisationCode", board, "vacatedMemberId", memberId,
                "endReason", "RESIGNED", "vacancyReason", "resigned"));
    }

    @Test
    @DisplayName("A 5.7: a report naming no appointment of the board fails at the start naming the variable, leaving no instance")
    void badReportRefused() {
        fixture().load(5);
        assertThatThrownBy(() -> report("ZB-P1", "nobody")).hasMessageContaining("vacatedMemberId");
        assertThatThrownBy(() -> report("ZB-NONE", "x")).hasMessageContaining("organisationCode");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    @DisplayName("A 5.7: a vacancy that leaves the board lawful and quorate may be left; the appointment ends")
    void leaveLawfulVacancy() {
        fixture().load(5);
        ProcessInstance pi = report("ZB-P1", "ZB-P1-N6");
        assertThat(pi).isWaitingAt("Task_DecideVacancy");
        assertThat(task(pi)).hasCandidateGroup("pct-board-secretary");
        assertThat(runtimeService().getVariable(pi.getId(), "lawfulWithoutMember")).isEqualTo(true);
        complete(task(pi), withVariables("vacancyDecision", "LEAVE", "decisionRationale", "skills covered"));
        assertThat(pi).isEnded();
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE organisation_code = 'ZB-P1'")).isEqualTo(6);
        // A 5.4: the ended appointment is kept with its end date and reason
        assertThat(fixture().count("SELECT COUNT(*) FROM board_appointment_ended WHERE member_id = 'ZB-P1-N6' AND end_reason = 'RESIGNED'")).isEqualTo(1);
    }

    @Test
    @DisplayName("A 5.7 / A 3.3: leaving a vacancy that takes the board below five NEDs is refused; a dual appointment is accepted")
    void leaveRefusedDualAppointmentMade() {
        fixture().load(5);
        ProcessInstance pi = report("ZB-P2", "ZB-P2-N5");
        assertThat(runtimeService().getVariable(pi.getId(), "lawfulWithoutMember")).isEqualTo(false);
        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("vacancyDecision", "LEAVE", "decisionRationale", "r")))
                .hasMessageContaining("vacancyDecision LEAVE would leave ZB-P2 unlawful");
        assertThat(pi).isWaitingAt("Task_DecideVacancy");
        complete(task(pi), withVariables("vacancyDecision", "DUAL_APPOINTMENT", "dualAppointeePersonId", "ZB-P1-N6",
                "decisionRationale", "shared expertise"));
        // A 3.5: the board proposes, the Commission appoints; the roster has not changed yet
        assertThat(pi).isWaitingAt("Task_CommissionAppointment");
        assertThat(task(pi)).hasCandidateGroup("appointments-commission");
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE person_id = 'ZB-P1-N6'")).isEqualTo(1);
        complete(task(pi), withVariables("commissionAppointment", "APPOINTED"));
        assertThat(pi).isEnded();
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE person_id = 'ZB-P1-N6'")).isEqualTo(2);
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE organisation_code = 'ZB-P2' AND role <> 'CHAIR'")).isEqualTo(5);
    }

    @Test
    @DisplayName("A 5.7: the board's quorum from its standing orders counts; filling a care trust nominee's seat needs that authority's nominee")
    void fillCareTrustNominee() {
        fixture().load(5);
        ProcessInstance pi = runtimeService().createMessageCorrelation("BoardVacancyReported")
                .setVariable("organisationCode", "ZB-CT").setVariable("vacatedMemberId", "ZB-CT-N2")
                .setVariable("endReason", "TERM_ENDED").correlateStartMessage();
        assertThat(pi).isWaitingAt("Task_DecideVacancy");
        // the board picks the nominating authority by its name
        assertThat(runtimeService().getVariable(pi.getId(), "laOptions").toString()).contains("ZB-LA1 name (ZB-LA1)");
        Map<String, Object> fill = Map.of("vacancyDecision", "FILL", "appointeeName", "New Nominee", "appointeeSex", "F",
                "appointeeEthnicGroup", "ASIAN", "decisionRationale", "statutory nominee");
        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), fill)).hasMessageContaining("ZB-LA1");
        Map<String, Object> nominated = new java.util.HashMap<>(fill);
        nominated.put("appointeeNominatedByLa", "ZB-LA1");
        // A 3.3: a nomination needs a source: who nominated the new appointee, and when
        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), nominated))
                .hasMessageContaining("appointeeNominatedByLa").hasMessageContaining("New Nominee");
        nominated.put("appointeeNominatedBy", "Director of Adult Services, ZB-LA1");
        nominated.put("appointeeNominatedOn", "2011-05-02");
        complete(task(pi), nominated);
        complete(task(pi), withVariables("commissionAppointment", "APPOINTED"));
        assertThat(pi).isEnded();
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE organisation_code = 'ZB-CT' AND nominated_by_la = 'ZB-LA1' AND name = 'New Nominee'")).isEqualTo(1);
        assertThat(fixture().count("SELECT COUNT(*) FROM la_nomination WHERE organisation_code = 'ZB-CT' AND local_authority = 'ZB-LA1' AND nominated_on = DATE '2011-05-02'")).isEqualTo(1);
    }

    @Test
    @DisplayName("A 5.7, A 3.3: on a board already in breach (4 NEDs) filling a vacancy makes nothing worse: accepted, the remaining breach listed; leaving it is refused")
    void vacancyOnBoardInBreach() {
        fixture().load(4);
        ProcessInstance pi = report("ZB-P2", "ZB-P2-N4");
        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("vacancyDecision", "LEAVE", "decisionRationale", "r")))
                .hasMessageContaining("worse than before the vacancy");
        complete(task(pi), withVariables("vacancyDecision", "FILL", "appointeeName", "Nia Newcome", "appointeeSex", "F",
                "appointeeEthnicGroup", "BLACK", "decisionRationale", "keeps the board as it was"));
        assertThat(pi).isWaitingAt("Task_CommissionAppointment");
        assertThat(runtimeService().getVariable(pi.getId(), "remainingBreaches").toString())
                .contains("ZB-P2 has 4 non-executives; at least 5 are required");
        complete(task(pi), withVariables("commissionAppointment", "APPOINTED"));
        assertThat(pi).isEnded();
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE organisation_code = 'ZB-P2' AND name = 'Nia Newcome'")).isEqualTo(1);
    }

    @Test
    @DisplayName("A 5.3: a person terminated less than two years ago is refused, naming them and the day the disqualification ends")
    void disqualifiedPersonProposed() {
        fixture().load(5);
        java.time.LocalDate terminated = java.time.LocalDate.now().minusMonths(1);
        jdbcTemplate.update("INSERT INTO ned_termination (person_id, name, cluster_code, termination_date, disqualified_until) "
                + "VALUES ('ZB-P1-N6', 'Person ZB-P1-N6', ?, ?, ?)", ClusterFixture.CLUSTER, terminated, terminated.plusYears(2));
        ProcessInstance pi = report("ZB-P2", "ZB-P2-N5");
        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("vacancyDecision", "DUAL_APPOINTMENT",
                "dualAppointeePersonId", "ZB-P1-N6", "decisionRationale", "r")))
                .hasMessageContaining("Person ZB-P1-N6").hasMessageContaining("disqualified from appointment until " + terminated.plusYears(2));
        // the same person typed in as a new appointee is refused too
        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("vacancyDecision", "FILL",
                "appointeeName", "person zb-p1-n6", "appointeeSex", "M", "appointeeEthnicGroup", "WHITE", "decisionRationale", "r")))
                .hasMessageContaining("until " + terminated.plusYears(2));
        assertThat(pi).isWaitingAt("Task_DecideVacancy");
    }

    @Test
    @DisplayName("A 3.5: the Commission may decline a proposed appointment; the board decides again and nothing is written")
    void commissionDeclines() {
        fixture().load(5);
        ProcessInstance pi = report("ZB-P2", "ZB-P2-N5");
        complete(task(pi), withVariables("vacancyDecision", "FILL", "appointeeName", "Ola Other", "appointeeSex", "M",
                "appointeeEthnicGroup", "ASIAN", "decisionRationale", "r"));
        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of("commissionAppointment", "DECLINED")))
                .hasMessageContaining("commissionNotes");
        complete(task(pi), withVariables("commissionAppointment", "DECLINED", "commissionNotes", "open competition first"));
        assertThat(pi).isWaitingAt("Task_DecideVacancy");
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE name = 'Ola Other'")).isZero();
    }
}
