package uk.nhs.workforce.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

class NedRationalisationProcessTest extends ProcessEngineTest {

    private static final String KEY = "ned-rationalisation";
    private final ObjectMapper json = new ObjectMapper();

    private ClusterFixture fixture() {
        return new ClusterFixture(jdbcTemplate);
    }

    @AfterEach
    void cleanRoster() {
        // instances first (base class), then the rows they read
        deleteAllInstances();
        fixture().clean();
    }

    private ProcessInstance current;

    private ProcessInstance start() {
        current = runtimeService().startProcessInstanceByKey(KEY, Map.of("clusterCode", ClusterFixture.CLUSTER));
        return current;
    }

    private String var(ProcessInstance pi, String name) {
        Object value = runtimeService().getVariable(pi.getId(), name);
        return value instanceof SpinJsonNode node ? node.toString() : String.valueOf(value);
    }

    private List<Map<String, Object>> rows(ProcessInstance pi, String name) throws Exception {
        return json.readValue(var(pi, name), json.getTypeFactory().constructCollectionType(List.class, Map.class));
    }

    private void chooseModel(String model) {
        complete(task(current), withVariables("governanceModel", model, "modelRationale", "test rationale",
                "localFactors", List.of("NUMBER_OF_PCTS")));
    }

    private void submitComposition(ProcessInstance pi, List<Map<String, Object>> appointments) throws Exception {
        complete(task(current), withVariables("appointments", json.writeValueAsString(appointments)));
    }

    private Map<String, Object> shaApproval() {
        Map<String, Object> vars = new HashMap<>();
        NedTaskChecks.PRINCIPLES.forEach(p -> vars.put(p, true));
        vars.put("shaDecision", "APPROVED");
        return vars;
    }

    private void fill(ProcessInstance pi, String listVariable, Map<String, Object> values) throws Exception {
        List<Map<String, Object>> list = rows(pi, listVariable);
        list.forEach(r -> r.putAll(values));
        complete(task(current), withVariables(listVariable, json.writeValueAsString(list)));
    }

    @Test
    @DisplayName("CONTRACT §4: a start without clusterCode, or naming no cluster, fails naming clusterCode and leaves no instance")
    void startValidation() {
        fixture().load(4);
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY)).hasMessageContaining("clusterCode");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, Map.of("clusterCode", "ZB-NONE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("clusterCode");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    @DisplayName("A 3.3: the boards are checked before the first user task; the existing breach of ZB-P2 (4 NEDs) is listed")
    void existingBreachVisibleAtStart() throws Exception {
        fixture().load(4);
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_ChooseGovernanceModel");
        assertThat(task(current)).hasCandidateGroup("pct-board-secretary");
        assertThat(rows(pi, "statutoryCheck")).extracting(r -> r.get("code"), r -> r.get("rule"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ZB-P2", "TOO_FEW_NON_EXECUTIVES"));
        assertThat(runtimeService().getVariable(pi.getId(), "chairRemunerationPopulation")).isNull();
        assertThat(var(pi, "boardComposition")).contains("\"ZB-P1\"", "\"ZB-CT\"", "\"chair\"", "\"nonExecutives\"");
    }

    @Test
    @DisplayName("A 2.3: OTHER without a description is refused naming the field; the task stays open")
    void otherNeedsDescription() {
        fixture().load(5);
        ProcessInstance pi = start();
        assertThatThrownBy(() -> taskService().complete(task(current).getId(),
                Map.of("governanceModel", "OTHER", "modelRationale", "r")))
                .hasMessageContaining("governanceModelDescription");
        assertThat(pi).isWaitingAt("Task_ChooseGovernanceModel");
        complete(task(current), withVariables("governanceModel", "OTHER", "modelRationale", "r",
                "governanceModelDescription", "joint committee"));
        assertThat(pi).isWaitingAt("Task_AdjustComposition");
    }

    @Test
    @DisplayName("A 3.3: a composition with a breach is sent back with every breach listed until a dual appointment (A 1.4) resolves it")
    void sentBackForBreaches() throws Exception {
        fixture().load(4);
        ProcessInstance pi = start();
        chooseModel("MODEL_4");
        assertThat(pi).isWaitingAt("Task_AdjustComposition");
        List<Map<String, Object>> appointments = rows(pi, "appointments");
        Map<String, Object> twoChairs = new HashMap<>(Map.of("personId", "ZB-P1-C", "organisationCode", "ZB-CT", "role", "CHAIR", "nominatedByLa", ""));
        appointments.add(twoChairs);
        submitComposition(pi, appointments);
        assertThat(pi).isWaitingAt("Task_AdjustComposition");
        assertThat(rows(pi, "statutoryCheck")).extracting(r -> r.get("code"), r -> r.get("rule")).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("ZB-P2", "TOO_FEW_NON_EXECUTIVES"),
                org.assertj.core.groups.Tuple.tuple("ZB-CT", "MORE_THAN_ONE_CHAIR"));

        appointments.remove(twoChairs);
        appointments.add(new HashMap<>(Map.of("personId", "ZB-P1-N6", "organisationCode", "ZB-P2", "role", "NON_EXECUTIVE", "nominatedByLa", "")));
        submitComposition(pi, appointments);
        assertThat(rows(pi, "statutoryCheck")).isEmpty();
        assertThat(pi).isWaitingAt("Task_ShaAssessment");
        assertThat(task(current)).hasCandidateGroup("sha-hr");
    }

    @Test
    @DisplayName("Malformed composition rows are refused naming the row and field; the task stays open")
    void malformedRowRefused() throws Exception {
        fixture().load(5);
        ProcessInstance pi = start();
        chooseModel("MODEL_4");
        List<Map<String, Object>> appointments = rows(pi, "appointments");
        appointments.add(new HashMap<>(Map.of("personId", "nobody", "organisationCode", "ZB-P1", "role", "NON_EXECUTIVE")));
        assertThatThrownBy(() -> submitComposition(pi, appointments)).hasMessageContaining("appointments row " + appointments.size())
                .hasMessageContaining("personId");
        assertThat(pi).isWaitingAt("Task_AdjustComposition");
    }

    @Test
    @DisplayName("A 2.2, 3.3–3.5: the SHA approves only if every principle is met, and may send the proposal back to the model choice")
    void shaSendsBack() throws Exception {
        fixture().load(5);
        ProcessInstance pi = start();
        chooseModel("MODEL_4");
        submitComposition(pi, rows(pi, "appointments"));
        assertThat(pi).isWaitingAt("Task_ShaAssessment");
        Map<String, Object> partial = shaApproval();
        partial.put("principleTimely", false);
        assertThatThrownBy(() -> taskService().complete(task(current).getId(), partial)).hasMessageContaining("principleTimely");
        assertThatThrownBy(() -> taskService().complete(task(current).getId(), Map.of("shaDecision", "SENT_BACK")))
                .hasMessageContaining("shaComments");
        complete(task(current), withVariables("shaDecision", "SENT_BACK", "shaComments", "consider Model 2"));
        assertThat(pi).isWaitingAt("Task_ChooseGovernanceModel");
    }

    @Test
    @DisplayName("A 3.5: unchanged statutory appointments need no Commission agreement; no office holder leaves")
    void noStatutoryChange() throws Exception {
        fixture().load(5);
        ProcessInstance pi = start();
        chooseModel("MODEL_1");
        assertThat(var(pi, "clusterBoard")).contains("ZB-P1-C");
        submitComposition(pi, rows(pi, "appointments"));
        complete(task(current), shaApproval());
        assertThat(pi).isWaitingAt("Task_RecordSelection");
        fill(pi, "selections", Map.of("method", "MUTUAL_AGREEMENT", "outcome", "APPOINTED"));
        assertThat(pi).isWaitingAt("Task_SchemeOfDelegation");
    }

    @Test
    @DisplayName("A 3.5: the Appointments Commission may send a changed NED structure back to the composition")
    void commissionSendsBack() throws Exception {
        fixture().load(4);
        ProcessInstance pi = start();
        chooseModel("MODEL_2");
        submitComposition(pi, rows(pi, "appointments"));
        complete(task(current), shaApproval());
        assertThat(pi).isWaitingAt("Task_CommissionAgreement");
        assertThat(task(current)).hasCandidateGroup("appointments-commission");
        complete(task(current), withVariables("commissionDecision", "SENT_BACK", "commissionComments", "keep a locality NED"));
        assertThat(pi).isWaitingAt("Task_AdjustComposition");
    }

    @Test
    @DisplayName("Model 2 end to end: A 5.2 selection, A 5.3 resignations, A 5.4 appointments per PCT, A 5.5 schemes, A 5.6 combined population, G 39 equality")
    void modelTwoEndToEnd() throws Exception {
        fixture().load(4);
        ProcessInstance pi = start();
        chooseModel("MODEL_2");
        submitComposition(pi, rows(pi, "appointments"));
        assertThat(runtimeService().getVariable(pi.getId(), "chairRemunerationPopulation")).isEqualTo(650000.0);
        complete(task(current), shaApproval());
        complete(task(current), withVariables("commissionDecision", "AGREED"));
        assertThatThrownBy(() -> taskService().complete(task(current).getId())).hasMessageContaining("selections row 1 (Person ZB-P1-C): method");
        fill(pi, "selections", Map.of("method", "PAPER_ASSESSMENT", "outcome", "APPOINTED"));
        assertThat(pi).isWaitingAt("Task_DiscussOfficeHolders");
        List<Map<String, Object>> leaving = rows(pi, "officeHolders");
        assertThat(leaving).extracting(r -> r.get("personId")).contains("ZB-P2-C", "ZB-CT-C", "ZB-P1-N4");
        fill(pi, "officeHolders", Map.of("discussion", "agreed to stand down", "outcome", "RESIGNATION"));
        // A 3.5, 5.4: the Commission appoints, person by person; the roster has not changed yet
        assertThat(pi).isWaitingAt("Task_CommissionAppoints");
        assertThat(task(current)).hasCandidateGroup("appointments-commission");
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE person_id = 'ZB-P1-C'")).isEqualTo(1);
        fill(pi, "proposedAppointments", Map.of("decision", "APPOINT"));
        assertThat(pi).isWaitingAt("Task_SchemeOfDelegation");
        // A 5.4: ended appointments are kept with date and reason
        assertThat(fixture().count("SELECT COUNT(*) FROM board_appointment_ended WHERE person_id = 'ZB-P2-C' AND end_reason = 'RESIGNED'")).isEqualTo(1);

        // A 5.4: the same chair and seven NEDs appointed to each PCT board, as rows per PCT
        for (String board : List.of("ZB-P1", "ZB-P2", "ZB-CT")) {
            assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE organisation_code = ? AND role = 'CHAIR' AND person_id = 'ZB-P1-C'", board)).isEqualTo(1);
            assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE organisation_code = ? AND role <> 'CHAIR'", board)).isEqualTo(7);
        }
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE organisation_code = 'ZB-CT' AND nominated_by_la IS NOT NULL")).isEqualTo(2);
        assertThat(rows(pi, "statutoryCheck")).isEmpty();

        assertThatThrownBy(() -> taskService().complete(task(current).getId())).hasMessageContaining("delegatedFunctions");
        fill(pi, "schemesOfDelegation", Map.of("delegatedFunctions", "contracts, QIPP", "accountability", "quarterly report"));
        assertThat(pi).isWaitingAt("Task_EqualityImpactAssessment");
        assertThat(rows(pi, "chairRemuneration")).singleElement().satisfies(r -> {
            assertThat(r.get("personId")).isEqualTo("ZB-P1-C");
            assertThat(r.get("remunerationBand")).isEqualTo("EXAMPLE-C");
        });
        assertThat(var(pi, "equalityReport")).contains("WOMEN");
        assertThat(var(pi, "equalityTable")).contains("Ethnic group: Not stated").doesNotContain("NOT_STATED", "ETHNIC_GROUP", "FALLS");
        assertThat(rows(pi, "chairRemuneration")).singleElement().satisfies(r -> assertThat(r.get("boardNames").toString()).contains("ZB-P1 name").doesNotContain("ZB-P1,"));
        assertThat(runtimeService().getVariable(pi.getId(), "equalityShareFalls")).isInstanceOf(Boolean.class);
        if ((Boolean) runtimeService().getVariable(pi.getId(), "equalityShareFalls")) {
            assertThatThrownBy(() -> taskService().complete(task(current).getId(), Map.of("eiaFindings", "f")))
                    .hasMessageContaining("eiaMitigation");
        }
        complete(task(current), withVariables("eiaFindings", "reviewed", "eiaMitigation", "targeted outreach"));
        assertThat(pi).isEnded();
        assertThat(historyVar(pi, "governanceModel")).isEqualTo("MODEL_2");
    }

    /** Model 2 on the fixture, to the Commission's task with every office holder's proposed outcome given. */
    private ProcessInstance modelTwoToCommission(String... outcomes) throws Exception {
        fixture().load(5);
        ProcessInstance pi = start();
        chooseModel("MODEL_2");
        submitComposition(pi, rows(pi, "appointments"));
        complete(task(current), shaApproval());
        complete(task(current), withVariables("commissionAgreement", "x", "commissionDecision", "AGREED"));
        fill(pi, "selections", Map.of("method", "INTERVIEW", "outcome", "APPOINTED"));
        List<Map<String, Object>> holders = rows(pi, "officeHolders");
        for (int i = 0; i < holders.size(); i++) {
            holders.get(i).put("discussion", "discussed");
            holders.get(i).put("outcome", i < outcomes.length ? outcomes[i] : "RESIGNATION");
        }
        complete(task(current), withVariables("officeHolders", json.writeValueAsString(holders)));
        assertThat(pi).isWaitingAt("Task_CommissionAppoints");
        return pi;
    }

    @Test
    @DisplayName("A 5.3: the Commission terminates person by person; a termination records the two-year disqualification and the ended appointment")
    void termination() throws Exception {
        ProcessInstance pi = modelTwoToCommission("TERMINATION");
        List<Map<String, Object>> proposed = rows(pi, "proposedTerminations");
        assertThat(proposed).hasSize(1);
        String terminated = (String) proposed.get(0).get("personId");
        List<Map<String, Object>> appointments = rows(pi, "proposedAppointments");
        appointments.forEach(r -> r.put("decision", "APPOINT"));
        proposed.get(0).put("decision", "TERMINATE");
        complete(task(current), withVariables("proposedAppointments", json.writeValueAsString(appointments),
                "proposedTerminations", json.writeValueAsString(proposed), "terminationDate", "2011-06-30"));
        assertThat(pi).isWaitingAt("Task_SchemeOfDelegation");
        assertThat(rows(pi, "terminations")).singleElement().satisfies(t -> {
            assertThat(t.get("personId")).isEqualTo(terminated);
            assertThat(t.get("disqualifiedUntil")).isEqualTo("2013-06-30");
        });
        assertThat(fixture().count("SELECT COUNT(*) FROM ned_termination WHERE cluster_code = ? AND disqualified_until = DATE '2013-06-30'",
                ClusterFixture.CLUSTER)).isEqualTo(1);
        assertThat(fixture().count("SELECT COUNT(*) FROM board_appointment_ended WHERE person_id = ? AND end_reason = 'TERMINATED'", terminated)).isPositive();
    }

    @Test
    @DisplayName("A 5.3: a termination the Commission declines leaves the office holder in post; the composition goes back for revision with them kept")
    void declinedTermination() throws Exception {
        ProcessInstance pi = modelTwoToCommission("TERMINATION");
        List<Map<String, Object>> proposed = rows(pi, "proposedTerminations");
        String kept = (String) proposed.get(0).get("personId");
        int appointmentsHeld = fixture().count("SELECT COUNT(*) FROM board_member WHERE person_id = ?", kept);
        List<Map<String, Object>> appointments = rows(pi, "proposedAppointments");
        appointments.forEach(r -> r.put("decision", "APPOINT"));
        proposed.get(0).put("decision", "DECLINE");
        assertThatThrownBy(() -> taskService().complete(task(current).getId(), Map.of("proposedAppointments", json.writeValueAsString(appointments),
                "proposedTerminations", json.writeValueAsString(proposed)))).hasMessageContaining("commissionDecisionNotes");
        complete(task(current), withVariables("proposedAppointments", json.writeValueAsString(appointments),
                "proposedTerminations", json.writeValueAsString(proposed), "commissionDecisionNotes", "conducive to keep them"));
        assertThat(pi).isWaitingAt("Task_AdjustComposition");
        assertThat(rows(pi, "appointments")).extracting(r -> r.get("personId")).contains(kept);
        assertThat(var(pi, "compositionNotice")).contains("stay in post");
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE person_id = ?", kept)).isEqualTo(appointmentsHeld);
        assertThat(fixture().count("SELECT COUNT(*) FROM ned_termination WHERE cluster_code = ?", ClusterFixture.CLUSTER)).isZero();
    }

    @Test
    @DisplayName("A 3.3: re-tagging an ordinary NED as a local authority's nominee without a recorded nomination is refused naming the person")
    void reTaggedNominee() throws Exception {
        fixture().load(5);
        ProcessInstance pi = start();
        chooseModel("MODEL_4");
        List<Map<String, Object>> appointments = rows(pi, "appointments");
        appointments.stream().filter(r -> r.get("personId").equals("ZB-CT-N2")).forEach(r -> r.put("nominatedByLa", ""));
        appointments.stream().filter(r -> r.get("personId").equals("ZB-CT-N4")).forEach(r -> r.put("nominatedByLa", "ZB-LA1"));
        assertThatThrownBy(() -> submitComposition(pi, appointments)).hasMessageContaining("Person ZB-CT-N4")
                .hasMessageContaining("ZB-LA1");
        assertThat(pi).isWaitingAt("Task_AdjustComposition");
        complete(task(current), withVariables("appointments", json.writeValueAsString(appointments), "nominations",
                json.writeValueAsString(List.of(Map.of("personId", "ZB-CT-N4", "organisationCode", "ZB-CT", "nominatedByLa", "ZB-LA1",
                        "nominatedBy", "Council leader, ZB-LA1", "nominatedOn", "2011-04-01")))));
        assertThat(pi).isWaitingAt("Task_ShaAssessment");
        assertThat(fixture().count("SELECT COUNT(*) FROM la_nomination WHERE person_id = 'ZB-CT-N4' AND nominated_by = 'Council leader, ZB-LA1'")).isEqualTo(1);
    }

    @Test
    @DisplayName("A 2.2: an SHA send-back keeps the secretaries' fix of a breach; only a new governance model drafts afresh")
    void shaSendBackKeepsTheFix() throws Exception {
        fixture().load(4);
        ProcessInstance pi = start();
        chooseModel("MODEL_4");
        List<Map<String, Object>> appointments = rows(pi, "appointments");
        appointments.add(new HashMap<>(Map.of("personId", "ZB-P1-N6", "organisationCode", "ZB-P2", "role", "NON_EXECUTIVE", "nominatedByLa", "")));
        submitComposition(pi, appointments);
        assertThat(pi).isWaitingAt("Task_ShaAssessment");
        complete(task(current), withVariables("shaDecision", "SENT_BACK", "shaComments", "explain the dual appointment"));
        chooseModel("MODEL_4");
        assertThat(pi).isWaitingAt("Task_AdjustComposition");
        assertThat(rows(pi, "appointments")).anySatisfy(r -> {
            assertThat(r.get("personId")).isEqualTo("ZB-P1-N6");
            assertThat(r.get("organisationCode")).isEqualTo("ZB-P2");
        });
        assertThat(rows(pi, "statutoryCheck")).isEmpty();
    }

    @Test
    @DisplayName("A 5.2: people recorded 'not appointed' are not appointed; they leave the composition before anything is written")
    void notAppointedPeople() throws Exception {
        fixture().load(4);
        ProcessInstance pi = start();
        chooseModel("MODEL_2");
        submitComposition(pi, rows(pi, "appointments"));
        complete(task(current), shaApproval());
        complete(task(current), withVariables("commissionDecision", "AGREED"));
        List<Map<String, Object>> selections = rows(pi, "selections");
        selections.forEach(r -> {
            r.put("method", "INTERVIEW");
            r.put("outcome", "APPOINTED");
        });
        // a non-executive of the Model 2 set (7 on every board): without them every board keeps 6
        Map<String, Object> refused = selections.stream().filter(r -> !r.get("personId").equals("ZB-P1-C")).reduce((a, b) -> b).orElseThrow();
        refused.put("outcome", "NOT_APPOINTED");
        String personId = (String) refused.get("personId");
        complete(task(current), withVariables("selections", json.writeValueAsString(selections)));
        assertThat(rows(pi, "appointments")).extracting(r -> r.get("personId")).doesNotContain(personId);
        fill(pi, "officeHolders", Map.of("discussion", "discussed", "outcome", "RESIGNATION"));
        assertThat(rows(pi, "proposedAppointments")).extracting(r -> r.get("personId")).doesNotContain(personId);
        fill(pi, "proposedAppointments", Map.of("decision", "APPOINT"));
        assertThat(pi).isWaitingAt("Task_SchemeOfDelegation");
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE person_id = ?", personId)).isZero();
    }

    @Test
    @DisplayName("A 4.6, 3.5, 5.3: a new person from a ring-fenced competition joins the composition and is appointed by the Commission; a disqualified one is refused naming the end date")
    void newPersonAppointedDisqualifiedRefused() throws Exception {
        fixture().load(4);
        java.time.LocalDate terminated = java.time.LocalDate.now().minusMonths(1);
        jdbcTemplate.update("INSERT INTO ned_termination (person_id, name, cluster_code, termination_date, disqualified_until) "
                + "VALUES ('X-1', 'Dee Barred', ?, ?, ?)", ClusterFixture.CLUSTER, terminated, terminated.plusYears(2));
        ProcessInstance pi = start();
        chooseModel("MODEL_4");
        Map<String, Object> barred = Map.of("name", "Dee Barred", "sex", "F", "ethnicGroup", "ASIAN",
                "source", "RING_FENCED_COMPETITION", "organisationCode", "ZB-P2", "role", "NON_EXECUTIVE");
        assertThatThrownBy(() -> complete(task(current), withVariables("appointments", var(pi, "appointments"),
                "newPeople", json.writeValueAsString(List.of(barred)))))
                .hasMessageContaining("Dee Barred").hasMessageContaining("until " + terminated.plusYears(2));
        Map<String, Object> newcomer = new HashMap<>(barred);
        newcomer.put("name", "Nora Newcomer");
        complete(task(current), withVariables("appointments", var(pi, "appointments"),
                "newPeople", json.writeValueAsString(List.of(newcomer))));
        assertThat(rows(pi, "statutoryCheck")).isEmpty();
        complete(task(current), shaApproval());
        complete(task(current), withVariables("commissionDecision", "AGREED"));
        fill(pi, "selections", Map.of("method", "INTERVIEW", "outcome", "APPOINTED"));
        assertThat(pi).isWaitingAt("Task_CommissionAppoints");
        assertThat(rows(pi, "proposedAppointments")).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("Nora Newcomer");
            assertThat(r.get("source").toString()).contains("ring-fenced");
        });
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE name = 'Nora Newcomer'")).isZero();
        fill(pi, "proposedAppointments", Map.of("decision", "APPOINT"));
        assertThat(pi).isWaitingAt("Task_SchemeOfDelegation");
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE name = 'Nora Newcomer' AND organisation_code = 'ZB-P2'")).isEqualTo(1);
    }

    @Test
    @DisplayName("A 5.6 by analogy: a chair of two of three boards is paid once on their combined population, not two bands")
    void chairOfTwoOfThreeBoards() throws Exception {
        fixture().load(5);
        ProcessInstance pi = start();
        chooseModel("MODEL_4");
        List<Map<String, Object>> appointments = rows(pi, "appointments");
        appointments.removeIf(r -> r.get("personId").equals("ZB-P2-C"));
        appointments.add(new HashMap<>(Map.of("personId", "ZB-P1-C", "organisationCode", "ZB-P2", "role", "CHAIR", "nominatedByLa", "")));
        submitComposition(pi, appointments);
        complete(task(current), shaApproval());
        complete(task(current), withVariables("commissionDecision", "AGREED"));
        fill(pi, "selections", Map.of("method", "MUTUAL_AGREEMENT", "outcome", "APPOINTED"));
        fill(pi, "officeHolders", Map.of("discussion", "agreed", "outcome", "RESIGNATION"));
        fill(pi, "proposedAppointments", Map.of("decision", "APPOINT"));
        fill(pi, "schemesOfDelegation", Map.of("delegatedFunctions", "contracts", "accountability", "quarterly report"));
        assertThat(pi).isWaitingAt("Task_EqualityImpactAssessment");
        List<Map<String, Object>> pay = rows(pi, "chairRemuneration");
        assertThat(pay).filteredOn(r -> r.get("personId").equals("ZB-P1-C")).singleElement().satisfies(r -> {
            assertThat(((Number) r.get("weightedPopulation")).intValue()).isEqualTo(500000);
            assertThat(((Number) r.get("annualRemuneration")).intValue()).isLessThanOrEqualTo(26000);
        });
    }

    private Object historyVar(ProcessInstance pi, String name) {
        return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }
}
