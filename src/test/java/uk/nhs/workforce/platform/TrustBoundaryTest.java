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
@TestPropertySource(properties = { "app.demo.enabled=true", "app.awards.round.point-values.2019=3016" })
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
            "leadershipRating": {"value": "6"}, "researchRating": {"value": "2"}, "teachingRating": {"value": "2"}""";

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
