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
                "vacancyReason", "resigned"));
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
                .correlateStartMessage();
        assertThat(pi).isWaitingAt("Task_DecideVacancy");
        // the board picks the nominating authority by its name
        assertThat(runtimeService().getVariable(pi.getId(), "laOptions").toString()).contains("ZB-LA1 name (ZB-LA1)");
        Map<String, Object> fill = Map.of("vacancyDecision", "FILL", "appointeeName", "New Nominee", "appointeeSex", "F",
                "appointeeEthnicGroup", "ASIAN", "decisionRationale", "statutory nominee");
        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), fill)).hasMessageContaining("ZB-LA1");
        Map<String, Object> nominated = new java.util.HashMap<>(fill);
        nominated.put("appointeeNominatedByLa", "ZB-LA1");
        complete(task(pi), nominated);
        assertThat(pi).isEnded();
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE organisation_code = 'ZB-CT' AND nominated_by_la = 'ZB-LA1' AND name = 'New Nominee'")).isEqualTo(1);
    }
}
