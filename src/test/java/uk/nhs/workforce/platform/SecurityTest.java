package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.testsupport.HttpTest;

/** Security on by default (CONTRACT §1, §2): authenticated APIs, and each group sees only its own work. */
// A context of its own, started after the other web contexts of the test JVM: Camunda's web apps keep some
// state per JVM, and a context started before another web context (such as ProdProfileTest's) and reused
// afterwards answered its Tasklist page with 500 in the full run, while a freshly started one serves it.
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class SecurityTest extends HttpTest {

    @Autowired
    IdentityBootstrap identity;

    private Deployment deployment;
    private ProcessInstance instance;

    @BeforeEach
    void usersAndTwoGroupTasks() {
        createUser("sec.admin", "Sec", "Admin", Set.of(Groups.CAMUNDA_ADMIN));
        createUser("sec.hr", "Sec", "Hr", Set.of(Groups.SHA_HR));
        createUser("sec.staffing", "Sec", "Staffing", Set.of(Groups.MEDICAL_STAFFING));
        BpmnModelInstance model = Bpmn.createExecutableProcess("security-probe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("fork")
                .userTask("hrTask").camundaCandidateGroups(Groups.SHA_HR)
                .endEvent()
                .moveToNode("fork")
                .userTask("staffingTask").camundaCandidateGroups(Groups.MEDICAL_STAFFING)
                .endEvent()
                .done();
        deployment = processEngine.getRepositoryService().createDeployment()
                .addModelInstance("security-probe.bpmn", model).deploy();
        instance = processEngine.getRuntimeService().startProcessInstanceByKey("security-probe");
    }

    @AfterEach
    void remove() {
        processEngine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }

    @Test
    @DisplayName("every /engine-rest and /api call needs credentials; health is open")
    void unauthenticatedIsRefused() {
        assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
        assertThat(post("/api/rosters/organisations", null, "text/csv", "code\n").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task?maxResults=100", "sec.hr").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env", null).statusCode()).isIn(401, 403, 404);
        // the web apps' own API answers only a logged-in session
        assertThat(get("/camunda/api/engine/engine/default/task", null).statusCode()).isEqualTo(401);
        assertThat(get("/camunda/app/tasklist/default/", null).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a wrong password is refused")
    void wrongPassword() {
        // its own user: the engine delays a user's next login after a failed one
        createUser("sec.guesser", "Sec", "Guesser", Set.of(Groups.JLNC));
        var response = send("sec.guesser", "not-the-password");
        assertThat(response).isEqualTo(401);
    }

    private int send(String user, String password) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/engine-rest/task"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes()))
                    .GET().build();
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("one group cannot see another group's task; the administrator sees both")
    void groupsSeeOnlyTheirTasks() {
        assertThat(get("/engine-rest/task?maxResults=100&processInstanceId=" + instance.getId(), "sec.hr").body())
                .contains("hrTask").doesNotContain("staffingTask");
        assertThat(get("/engine-rest/task?maxResults=100&processInstanceId=" + instance.getId(), "sec.staffing").body())
                .contains("staffingTask").doesNotContain("hrTask");
        assertThat(get("/engine-rest/task?maxResults=100&processInstanceId=" + instance.getId(), "sec.admin").body())
                .contains("staffingTask").contains("hrTask");
    }

    @Test
    @DisplayName("a group cannot read instances of processes it has no part in")
    void instancesAreScoped() {
        assertThat(get("/engine-rest/process-instance/" + instance.getId(), "sec.hr").statusCode()).isIn(403, 404);
        assertThat(get("/engine-rest/process-instance/" + instance.getId(), "sec.admin").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("roster uploads: 415 for a wrong content type, 403 for a group without the roster, 400 with every error named")
    void rosterUploadOverHttp() {
        assertThat(post("/api/rosters/organisations", "sec.hr", "text/plain", "code\n").statusCode()).isEqualTo(415);
        assertThat(post("/api/rosters/organisations", "sec.staffing", "text/csv", "code\n").statusCode()).isEqualTo(403);
        var response = post("/api/rosters/organisations", "sec.hr", "text/csv",
                "code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities\n"
                        + "SEC-1,Bad,NOT_A_TYPE,R,,,,\n");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"line\":2").contains("\"column\":\"type\"").contains("NOT_A_TYPE");
        var empty = post("/api/rosters/organisations", "sec.hr", "text/csv", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"line\":1").contains("empty");
        assertThat(post("/api/rosters/nonsense", "sec.admin", "text/csv", "a\n").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a valid upload answers inserted/updated counts")
    void validUpload() {
        String csv = "code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities\n"
                + "SEC-SHA,Security SHA,SHA,SECR,,,,\n";
        var first = post("/api/rosters/organisations", "sec.hr", "text/csv", csv);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"inserted\":1").contains("\"updated\":0");
        var again = post("/api/rosters/organisations", "sec.hr", "text/csv", csv);
        assertThat(again.body()).contains("\"inserted\":0").contains("\"updated\":0");
    }
}
