package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import uk.nhs.workforce.awards.round.RoundRepository;
import uk.nhs.workforce.testsupport.HttpTest;

/**
 * The findings of a walk through the default run as an attacker and as careless users (README "Security"),
 * each tried again as the named demo users and shown refused, with nothing changed afterwards.
 */
@TestPropertySource(properties = { "app.demo.enabled=true", "app.awards.round.point-values.2019=3016",
        "app.security.max-request-bytes=1000000" })
class TrustBoundaryTest extends HttpTest {

    static final String TRUST = "TR-NBH";
    static final int YEAR = 2019;

    @Autowired
    RoundRepository rounds;

    @Autowired
    JdbcTemplate jdbc;

    private ProcessInstance round;

    @AfterEach
    void cleanUp() {
        processEngine.getRuntimeService().createProcessInstanceQuery().list().forEach(pi -> processEngine
                .getRuntimeService().deleteProcessInstance(pi.getId(), "test cleanup", true, true));
        rounds.deleteRound(TRUST, YEAR);
    }

    private RuntimeService runtime() {
        return processEngine.getRuntimeService();
    }

    private TaskService tasks() {
        return processEngine.getTaskService();
    }

    /** The demo trust's 2019 round, opened for applications (Java API, as the engine's own work). */
    private Task applicationTask() {
        round = runtime().startProcessInstanceByKey("lcea-annual-round",
                Map.of("employerCode", TRUST, "awardYear", YEAR));
        complete("Task_ProposeScheme", Map.of("allocationMethod", "COMPETITIVE", "awardPeriodYears", "3",
                "awardValue", 1000, "tieRule", "AWARD_ALL_TIED", "closingDate", "2099-12-31",
                "committeeChair", "committee.chris"));
        complete("Task_JlncScheme", Map.of("jlncAgreed", "true", "jlncCarryForwardAgreed", false));
        return task(round, "Task_RecordApplication");
    }

    private void complete(String key, Map<String, Object> variables) {
        tasks().complete(task(round, key).getId(), variables);
    }

    private Task task(ProcessInstance pi, String key) {
        return tasks().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private ProcessInstance reviewAtRatingTask(String employeeId, int level, String lastPoint) {
        HttpResponse<String> started = post("/engine-rest/process-definition/key/existing-lcea-review/start",
                "staffing.sara", "application/json", """
                        {"variables": {"employeeId": {"value": "%s"},
                          "currentLevel": {"value": %d, "type": "Integer"},
                          "lastAwardPointDate": {"value": "%s"}}}""".formatted(employeeId, level, lastPoint));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        ProcessInstance pi = runtime().createProcessInstanceQuery().processDefinitionKey("existing-lcea-review")
                .processInstanceBusinessKey(employeeId).singleResult();
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        processEngine.getManagementService().executeJob(timer.getId());
        return pi;
    }

    private static final String RATINGS = """
            "reviewDate": {"value": "2023-03-15"},
            "serviceDeliveryRating": {"value": "6"}, "serviceDevelopmentRating": {"value": "6"},
            "leadershipRating": {"value": "6"}, "researchRating": {"value": "2"}, "teachingRating": {"value": "2"},
            "committeeMembers": {"value": "committee.kim,committee.lee"}""";

    @Test
    @DisplayName("a candidate works a task, does not edit it: cons.01 cannot set or delete variables, delegate, assign or add candidates (403)")
    void candidatesWorkTheyDoNotEdit() {
        Task task = applicationTask();
        String id = task.getId();

        assertThat(put("/engine-rest/task/" + id + "/variables/awardValue", "cons.01", "application/json",
                "{\"value\": 999999, \"type\": \"Double\"}").statusCode()).isEqualTo(403);
        assertThat(put("/engine-rest/task/" + id + "/variables/committeeChair", "cons.01", "application/json",
                "{\"value\": \"cons.01\"}").statusCode()).isEqualTo(403);
        assertThat(post("/engine-rest/task/" + id + "/variables", "cons.01", "application/json",
                "{\"modifications\": {\"awardValue\": {\"value\": 999999, \"type\": \"Double\"}}}").statusCode()).isEqualTo(403);
        assertThat(delete("/engine-rest/task/" + id + "/variables/minimumInvestment", "cons.01").statusCode()).isEqualTo(403);
        assertThat(post("/engine-rest/task/" + id + "/delegate", "cons.01", "application/json",
                "{\"userId\": \"cons.03\"}").statusCode()).isEqualTo(403);
        assertThat(post("/engine-rest/task/" + id + "/assignee", "cons.01", "application/json",
                "{\"userId\": \"cons.03\"}").statusCode()).isEqualTo(403);
        assertThat(post("/engine-rest/task/" + id + "/identity-links", "cons.01", "application/json",
                "{\"userId\": \"sha.ce\", \"type\": \"candidate\"}").statusCode()).isEqualTo(403);
        assertThat(post("/engine-rest/process-instance/" + round.getId() + "/variables", "cons.01", "application/json",
                "{\"modifications\": {\"awardValue\": {\"value\": 999999, \"type\": \"Double\"}}}").statusCode()).isIn(403, 404);

        assertThat(((Number) runtime().getVariable(round.getId(), "awardValue")).doubleValue()).isEqualTo(1000.0);
        assertThat(runtime().getVariable(round.getId(), "committeeChair")).isEqualTo("committee.chris");
        assertThat(runtime().getVariables(round.getId())).containsKey("minimumInvestment");
        Task after = tasks().createTaskQuery().taskId(id).singleResult();
        assertThat(after.getAssignee()).isNull();
        assertThat(tasks().getIdentityLinksForTask(id)).noneMatch(l -> "sha.ce".equals(l.getUserId()));
        // what a candidate may do: claim it
        assertThat(post("/engine-rest/task/" + id + "/claim", "cons.01", "application/json",
                "{\"userId\": \"cons.01\"}").statusCode()).isEqualTo(204);
    }

    @Test
    @DisplayName("a completion carries only the form: committee.kim's ratings with currentLevel = 9 are refused (400 naming it); level and task unchanged")
    void completionCarriesOnlyTheForm() {
        ProcessInstance pi = reviewAtRatingTask("C-019", 4, "2018-03-01");
        Task task = task(pi, "UserTask_ScoreReview");
        for (String endpoint : new String[] { "complete", "submit-form", "resolve" }) {
            HttpResponse<String> refused = post("/engine-rest/task/" + task.getId() + "/" + endpoint, "committee.kim",
                    "application/json", "{\"variables\": {" + RATINGS + ", \"currentLevel\": {\"value\": 9, \"type\": \"Integer\"}}}");
            assertThat(refused.statusCode()).as(endpoint + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("currentLevel");
        }
        assertThat(tasks().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();
        assertThat(runtime().getVariable(pi.getId(), "currentLevel")).isEqualTo(4);
        assertThat(runtime().getVariable(pi.getId(), "newLevel")).isNull();
        assertThat(jdbc.queryForObject("SELECT lcea_level FROM consultant WHERE employee_id = 'C-019'", Integer.class))
                .isEqualTo(4);
        assertThat(runtime().getVariable(pi.getId(), "serviceDeliveryRating")).as("nothing half-written").isNull();

        // the form's own fields alone are accepted
        HttpResponse<String> accepted = post("/engine-rest/task/" + task.getId() + "/complete", "committee.kim",
                "application/json", "{\"variables\": {" + RATINGS + "}}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(runtime().getVariable(pi.getId(), "newLevel")).isEqualTo(4);
    }

    @Test
    @DisplayName("a claimed task belongs to its assignee: committee.kim cannot complete the task committee.lee claimed (403, still open)")
    void claimedTaskBelongsToItsAssignee() {
        ProcessInstance pi = reviewAtRatingTask("C-018", 3, "2017-04-01");
        Task task = task(pi, "UserTask_ScoreReview");
        assertThat(post("/engine-rest/task/" + task.getId() + "/claim", "committee.lee", "application/json",
                "{\"userId\": \"committee.lee\"}").statusCode()).isEqualTo(204);

        HttpResponse<String> kim = post("/engine-rest/task/" + task.getId() + "/complete", "committee.kim",
                "application/json", "{\"variables\": {" + RATINGS + "}}");
        assertThat(kim.statusCode()).as(kim.body()).isEqualTo(403);
        assertThat(post("/engine-rest/task/" + task.getId() + "/submit-form", "committee.kim",
                "application/json", "{\"variables\": {" + RATINGS + "}}").statusCode()).isEqualTo(403);
        Task still = tasks().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(still).as("still open").isNotNull();
        assertThat(still.getAssignee()).isEqualTo("committee.lee");
        assertThat(runtime().getVariable(pi.getId(), "newLevel")).isNull();

        HttpResponse<String> lee = post("/engine-rest/task/" + task.getId() + "/complete", "committee.lee",
                "application/json", "{\"variables\": {" + RATINGS + "}}");
        assertThat(lee.statusCode()).as(lee.body()).isEqualTo(204);
    }

    private static final String CONSULTANTS = "employee_id,name,sex,ethnic_group,employer_code,specialty,consultant_since,"
            + "fte,substantive,lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,distinction_award,user_id\n";

    @Test
    @DisplayName("a roster user_id names a real, non-administrator login: admin and no.such.user are refused (400, line and column) and become no candidates")
    void rosterUserIdsNameRealUsers() {
        HttpResponse<String> refused = post("/api/rosters/consultants", "staffing.sara", "text/csv", CONSULTANTS
                + "C-901,Dr Admin,F,WHITE,TR-NBH,Cardiology,2010-01-01,1.0,true,,,,,false,admin\n"
                + "C-902,Dr Nobody,M,WHITE,TR-NBH,Cardiology,2010-01-01,1.0,true,,,,,false,no.such.user\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"line\":2").contains("\"line\":3").contains("\"column\":\"user_id\"")
                .contains("administrator").contains("not an existing user");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultant WHERE employee_id IN ('C-901','C-902')",
                Integer.class)).isZero();
    }

    @Test
    @DisplayName("passwords: cons.01 cannot set an empty or weak password, an administrator cannot give one; the old password still works")
    void passwordPolicy() {
        HttpResponse<String> empty = put("/engine-rest/user/cons.01/credentials", "cons.01", "application/json",
                "{\"password\": \"\", \"authenticatedUserPassword\": \"cons.01\"}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).containsIgnoringCase("polic");
        HttpResponse<String> weak = put("/engine-rest/user/cons.01/credentials", "cons.01", "application/json",
                "{\"password\": \"password\", \"authenticatedUserPassword\": \"cons.01\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(get("/engine-rest/task?maxResults=10", "cons.01").statusCode()).as("old password kept").isEqualTo(200);

        HttpResponse<String> created = post("/engine-rest/user/create", "admin", "application/json", """
                {"profile": {"id": "new.starter", "firstName": "New", "lastName": "Starter"},
                 "credentials": {"password": "starter1"}}""");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(processEngine.getIdentityService().createUserQuery().userId("new.starter").count()).isZero();
        HttpResponse<String> strong = post("/engine-rest/user/create", "admin", "application/json", """
                {"profile": {"id": "new.starter", "firstName": "New", "lastName": "Starter"},
                 "credentials": {"password": "Kestrel-Lantern-42!"}}""");
        assertThat(strong.statusCode()).as(strong.body()).isEqualTo(204);
        processEngine.getIdentityService().deleteUser("new.starter");
    }

    @Test
    @DisplayName("limits: 100,000 history rows are refused (400), a body above the limit answers 413, a refused roster lists 1,000 errors and the total")
    void limits() {
        HttpResponse<String> history = get("/engine-rest/history/variable-instance?maxResults=100000", "committee.kim");
        assertThat(history.statusCode()).isEqualTo(400);
        assertThat(history.body()).contains("Max results limit");
        assertThat(get("/engine-rest/history/variable-instance?maxResults=2000", "committee.kim").statusCode()).isEqualTo(200);

        String big = CONSULTANTS + "x".repeat(1_100_000) + "\n";
        HttpResponse<String> tooLarge = post("/api/rosters/consultants", "staffing.sara", "text/csv", big);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body().length()).isLessThan(1000);

        StringBuilder bad = new StringBuilder(CONSULTANTS);
        for (int i = 0; i < 1500; i++) {
            bad.append("X-").append(i).append(",Dr X,F,WHITE,NOWHERE,Cardiology,2010-01-01,1.0,true,,,,,false,\n");
        }
        HttpResponse<String> refused = post("/api/rosters/consultants", "staffing.sara", "text/csv", bad.toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"total\":1500");
        assertThat(refused.body().split("\"line\"", -1)).hasSize(1001);
    }

    @Test
    @DisplayName("numbers in /api are bounded and null items named: pay-consequences with annualValue 1e3000000 or items [null] answers 422 at once, never 500")
    void applicationApiBounds() {
        // warm the /api path first: the bound is on the work a request causes, not on the first request's start-up
        post("/api/awards/pay-consequences", "staffing.sara", "application/json", "{}");
        long start = System.nanoTime();
        HttpResponse<String> huge = post("/api/awards/pay-consequences", "staffing.sara", "application/json", """
                {"appointedConsultantOn": "2010-01-01",
                 "items": [{"element": "BASIC_SALARY", "annualValue": 1e3000000}]}""");
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(huge.body()).contains("items[0].annualValue").hasSizeLessThan(1000);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        HttpResponse<String> nullItem = post("/api/awards/pay-consequences", "staffing.sara", "application/json",
                "{\"appointedConsultantOn\": \"2010-01-01\", \"items\": [null]}");
        assertThat(nullItem.statusCode()).isEqualTo(422);
        assertThat(nullItem.body()).contains("items[0]");
    }

    @Test
    @DisplayName("process inputs in range: awardYear 2147483647 and 99999, carryForward 1e308 and renewalScore 99999 are refused naming the variable, no instance left")
    void processInputsInRange() {
        for (String inputs : new String[] {
                "\"awardYear\": {\"value\": 2147483647, \"type\": \"Integer\"}",
                "\"awardYear\": {\"value\": 99999, \"type\": \"Integer\"}",
                "\"awardYear\": {\"value\": 2019, \"type\": \"Integer\"}, \"carryForward\": {\"value\": 1e308, \"type\": \"Double\"}" }) {
            HttpResponse<String> refused = post("/engine-rest/process-definition/key/lcea-annual-round/start",
                    "staffing.sara", "application/json",
                    "{\"variables\": {\"employerCode\": {\"value\": \"TR-NBH\"}, " + inputs + "}}");
            assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 599);
            assertThat(refused.body()).as(inputs).containsAnyOf("awardYear", "carryForward")
                    .doesNotContain("DateTimeException");
            assertThat(refused.body()).contains(inputs.contains("carryForward") ? "carryForward" : "awardYear");
        }
        HttpResponse<String> score = post("/engine-rest/process-definition/key/ncea-renewal-reversion/start",
                "staffing.sara", "application/json", """
                        {"variables": {"employeeId": {"value": "C-024"},
                          "renewalApplicationSubmitted": {"value": true}, "renewalSuccessful": {"value": false},
                          "renewalScore": {"value": 99999, "type": "Integer"},
                          "exceptionalCircumstances": {"value": false}, "decisionDate": {"value": "2021-06-01"}}}""");
        assertThat(score.statusCode()).isBetween(400, 599);
        assertThat(score.body()).contains("renewalScore");
        assertThat(runtime().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    @DisplayName("Spin JSON variables of a Java type outside the application (java.net.URI) are not deserialized")
    void spinTypeValidation() {
        ProcessInstance pi = runtime().startProcessInstanceByKey("lcea-annual-round",
                Map.of("employerCode", TRUST, "awardYear", YEAR));
        runtime().setVariable(pi.getId(), "probe", org.camunda.bpm.engine.variable.Variables
                .serializedObjectValue("\"http://example.org/\"").serializationDataFormat("application/json")
                .objectTypeName("java.net.URI").create());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime().getVariable(pi.getId(), "probe"))
                .hasStackTraceContaining("java.net.URI");
    }

    @Test
    @DisplayName("least data: cons.01 reads through the application task only what its form shows, and of the consultants only themselves")
    void consultantSeesOnlyOwnData() {
        Task task = applicationTask();
        String id = task.getId();
        for (String path : new String[] { "/variables", "/form-variables", "/variables?deserializeValues=false",
                "/form-variables?deserializeValues=false" }) {
            HttpResponse<String> read = get("/engine-rest/task/" + id + path, "cons.01");
            assertThat(read.statusCode()).as(path).isEqualTo(200);
            assertThat(read.body()).as(path).contains("eligibleConsultantOptions").contains("C-001")
                    .doesNotContain("C-002").doesNotContain("Bilal Hussain").doesNotContain("GOLD")
                    .doesNotContain("ineligibleSummary").doesNotContain("committeeChair");
        }
        assertThat(get("/engine-rest/task/" + id + "/variables/ineligibleSummary", "cons.01").statusCode()).isEqualTo(404);
        assertThat(get("/engine-rest/task/" + id + "/variables/eligibleConsultantOptions", "cons.01").body())
                .contains("C-001").doesNotContain("C-002");
        assertThat(get("/engine-rest/process-instance/" + round.getId() + "/variables", "cons.01").statusCode())
                .isIn(403, 404);
        assertThat(get("/engine-rest/history/variable-instance?processInstanceId=" + round.getId() + "&maxResults=100",
                "cons.01").body()).doesNotContain("Bilal Hussain");
        // medical staffing, offered the task as a group, sees every eligible consultant to apply on their behalf
        assertThat(get("/engine-rest/task/" + id + "/form-variables", "staffing.sara").body())
                .contains("C-001").contains("C-002");
    }
}
