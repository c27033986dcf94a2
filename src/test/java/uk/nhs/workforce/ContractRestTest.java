package uk.nhs.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.workforce.platform.Groups;
import uk.nhs.workforce.platform.OrganisationTenants;
import uk.nhs.workforce.rosters.RosterImportService;
import uk.nhs.workforce.rosters.RosterKind;
import uk.nhs.workforce.testsupport.HttpTest;

/**
 * The public contract (CONTRACT §4, §5) as an integrator meets it: processes started and decisions
 * evaluated through Camunda's REST API by the groups that own them, on the demo rosters, with the
 * outputs read back through the REST API.
 */
class ContractRestTest extends HttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RosterImportService rosters;

    @Autowired
    OrganisationTenants tenants;

    @BeforeEach
    void demoRostersAndUsers() throws Exception {
        createDemoRosterLogins();
        for (RosterKind kind : List.of(RosterKind.ORGANISATIONS, RosterKind.EXECUTIVES, RosterKind.BOARD_MEMBERS,
                RosterKind.CONSULTANTS)) {
            rosters.importCsv(kind, new ClassPathResource("demo/" + kind.urlName() + ".csv")
                    .getContentAsString(StandardCharsets.UTF_8));
        }
        createUser("ct.hr", "Contract", "Hr", Set.of(Groups.SHA_HR));
        createUser("ct.staffing", "Contract", "Staffing", Set.of(Groups.MEDICAL_STAFFING));
        createUser("ct.committee", "Contract", "Committee", Set.of(Groups.AWARDS_COMMITTEE));
        createUser("ct.jlnc", "Contract", "Jlnc", Set.of(Groups.JLNC));
        // members of the demo region's SHA and the demo trust (CONTRACT §2a)
        tenants.grant("ct.hr", "SHA-NB");
        List.of("ct.staffing", "ct.committee", "ct.jlnc").forEach(u -> tenants.grant(u, "TR-NBH"));
    }

    @AfterEach
    void removeInstances() {
        processEngine.getRuntimeService().createProcessInstanceQuery().list().forEach(pi -> processEngine
                .getRuntimeService().deleteProcessInstance(pi.getId(), "contract test cleanup", true, true));
    }

    private HttpResponse<String> start(String key, String user, String variablesJson) {
        return post("/engine-rest/process-definition/key/" + key + "/start", user, "application/json",
                "{\"variables\":" + variablesJson + "}");
    }

    private JsonNode variables(String instanceId, String user) throws Exception {
        return JSON.readTree(get("/engine-rest/process-instance/" + instanceId + "/variables", user).body());
    }

    private static String id(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("id").asText();
    }

    private long instances(String key) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
    }

    @Test
    @DisplayName("cluster-executive-appointment: CE pools previewed at the start (G 23, 24); a missing input is named; one per cluster")
    void clusterExecutiveAppointment() throws Exception {
        String inputs = """
                {"clusterCode":{"value":"CL-NORTH"},"poolingOption":{"value":"CLUSTER_FIRST"},
                 "directorPosts":{"value":"FINANCE,COMMISSIONING,MEDICAL,NURSING,PERFORMANCE"}}""";
        String instance = id(start("cluster-executive-appointment", "ct.hr", inputs));
        JsonNode vars = variables(instance, "ct.hr");
        // the cluster's substantive PCT and care-trust CEs, seconded-out included (G 24)
        assertThat(vars.path("ceStage1Pool").path("value").asText()).isEqualTo("E-ASH-CE,E-BEL-CE,E-CAR-CE");
        // the region's substantive CEs, the SHA CE and Directors, the ALB CE who elected pool NB; not the interim CE
        assertThat(vars.path("ceStage2Pool").path("value").asText())
                .contains("E-SHA-CE", "E-SHA-DF", "E-SHA-DW", "E-ALB-CE", "E-EAS-CE")
                .doesNotContain("E-FEN-CE", "E-ALB-D1", "E-SHA-AD1");

        HttpResponse<String> second = start("cluster-executive-appointment", "ct.hr", inputs);
        assertThat(second.statusCode()).isBetween(400, 599);
        assertThat(second.body()).contains("CL-NORTH");

        HttpResponse<String> missing = start("cluster-executive-appointment", "ct.hr", """
                {"clusterCode":{"value":"CL-SOUTH"},"poolingOption":{"value":"CLUSTER_FIRST"}}""");
        assertThat(missing.statusCode()).isBetween(400, 599);
        assertThat(missing.body()).contains("directorPosts");
        assertThat(instances("cluster-executive-appointment")).isEqualTo(1);
    }

    @Test
    @DisplayName("ned-rationalisation: statutoryCheck names the board in breach before the first task (A 3.3)")
    void nedRationalisation() throws Exception {
        String instance = id(start("ned-rationalisation", "ct.hr", "{\"clusterCode\":{\"value\":\"CL-SOUTH\"}}"));
        JsonNode vars = variables(instance, "ct.hr");
        JsonNode statutoryCheck = vars.path("statutoryCheck");
        // JSON outputs reach a REST client as JSON text, whether held as String or Spin Json
        assertThat(statutoryCheck.path("value").isTextual()).as(statutoryCheck.toString()).isTrue();
        JsonNode check = JSON.readTree(statutoryCheck.path("value").asText());
        assertThat(check.isArray()).as(statutoryCheck.toString()).isTrue();
        assertThat(check.findValuesAsText("code")).containsOnly("PCT-FEN");
    }

    @Test
    @DisplayName("lcea-annual-round: funding outputs set before the first task (S30 5); a missing point value is named")
    void lceaAnnualRound() throws Exception {
        String instance = id(start("lcea-annual-round", "ct.staffing", """
                {"employerCode":{"value":"TR-NBH"},"awardYear":{"value":2020,"type":"Integer"},
                 "pointValue":{"value":3000.0,"type":"Double"}}"""));
        JsonNode vars = variables(instance, "ct.staffing");
        assertThat(vars.path("fundingRegime").path("value").asText()).isEqualTo("POINTS_RATIO");
        assertThat(vars.path("eligibleCount").path("type").asText()).isEqualTo("Integer");
        double fte = vars.path("eligibleFte").path("value").asDouble();
        double points = vars.path("minimumPoints").path("value").asDouble();
        assertThat(points).isCloseTo(0.3 * fte, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(vars.path("minimumInvestment").path("value").asDouble())
                .isCloseTo(Math.round(points * 3000.0 * 100) / 100.0, org.assertj.core.data.Offset.offset(0.001));

        HttpResponse<String> noValue = start("lcea-annual-round", "ct.staffing", """
                {"employerCode":{"value":"TR-NBH"},"awardYear":{"value":2019,"type":"Integer"}}""");
        assertThat(noValue.statusCode()).isBetween(400, 599);
        assertThat(noValue.body()).contains("2019");
        assertThat(instances("lcea-annual-round")).isEqualTo(1);
    }

    @Test
    @DisplayName("ncea-renewal-reversion: score 20 reverts to level 7, next review three years on (S30 8(ii), 18)")
    void nceaRenewalReversion() throws Exception {
        String instance = id(start("ncea-renewal-reversion", "ct.staffing", """
                {"employeeId":{"value":"C-025"},"renewalApplicationSubmitted":{"value":true},
                 "renewalSuccessful":{"value":false},"renewalScore":{"value":20,"type":"Integer"},
                 "exceptionalCircumstances":{"value":false},"decisionDate":{"value":"2022-06-15"}}"""));
        JsonNode vars = JSON.readTree(get("/engine-rest/history/variable-instance?maxResults=1000&processInstanceId=" + instance,
                "ct.staffing").body());
        assertThat(value(vars, "reversionOutcome")).isEqualTo("REVERT_TO_LEVEL_7");
        assertThat(value(vars, "revertedLceaLevel")).isEqualTo("7");
        assertThat(value(vars, "nextReviewDate")).isEqualTo("2025-06-15");
    }

    @Test
    @DisplayName("existing-lcea-review: due five years after the last point, not before 1 April 2021 (S30 16); one per consultant")
    void existingLceaReview() throws Exception {
        String inputs = """
                {"employeeId":{"value":"C-018"},"currentLevel":{"value":3,"type":"Integer"},
                 "lastAwardPointDate":{"value":"2017-04-01"},"excludedAbsenceDays":{"value":30,"type":"Integer"}}""";
        String instance = id(start("existing-lcea-review", "ct.staffing", inputs));
        assertThat(variables(instance, "ct.staffing").path("reviewDueDate").path("value").asText()).isEqualTo("2022-05-01");
        assertThat(start("existing-lcea-review", "ct.staffing", inputs).statusCode()).isBetween(400, 599);
        assertThat(instances("existing-lcea-review")).isEqualTo(1);
    }

    @Test
    @DisplayName("the decisions evaluate over REST with exactly one result (S30 8(ii), 16)")
    void decisions() throws Exception {
        HttpResponse<String> reversion = post("/engine-rest/decision-definition/key/ncea-reversion/evaluate", "ct.committee",
                "application/json", """
                {"variables":{"renewalApplicationSubmitted":{"value":true},"exceptionalCircumstances":{"value":false},
                 "renewalScore":{"value":27,"type":"Integer"}}}""");
        assertThat(reversion.statusCode()).as(reversion.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(reversion.body());
        assertThat(result).hasSize(1);
        assertThat(result.get(0).path("reversionOutcome").path("value").asText()).isEqualTo("REVERT_TO_LEVEL_8");
        assertThat(result.get(0).path("revertedLceaLevel").path("value").asInt()).isEqualTo(8);

        HttpResponse<String> review = post("/engine-rest/decision-definition/key/existing-lcea-review/evaluate", "ct.committee",
                "application/json", "{\"variables\":{\"reviewScore\":{\"value\":19,\"type\":\"Integer\"}}}");
        JsonNode row = JSON.readTree(review.body()).get(0);
        assertThat(row.path("reviewOutcome").path("value").asText()).isEqualTo("RETAIN");
        assertThat(row.path("pointsLost").path("value").asInt()).isZero();
        assertThat(row.path("yearsToNextReview").path("value").asInt()).isEqualTo(3);

        assertThat(post("/engine-rest/decision-definition/key/ncea-reversion/evaluate", "ct.jlnc", "application/json",
                "{\"variables\":{}}").statusCode()).isIn(403, 404);
    }

    private static String value(JsonNode historicVariables, String name) {
        for (JsonNode v : historicVariables) {
            if (name.equals(v.path("name").asText())) {
                return v.path("value").asText();
            }
        }
        return null;
    }
}
