package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.workforce.rosters.RosterImportService;
import uk.nhs.workforce.rosters.RosterKind;
import uk.nhs.workforce.testsupport.HttpTest;

/**
 * Organisations as tenants over HTTP (CONTRACT §2a): two employers (TR-TA, TR-TB) and two SHA regions
 * (TA, TB), a user of every group of CONTRACT §2 in each, and real cases of each process. A member of A
 * sees and completes A's work and sees nothing of B, by id as well as by query; the national groups see
 * both regions; the administrator sees all. Schedule 30 is per employing organisation (S30 2) and the
 * appointments and NED changes per SHA region (G 19, A 1.1).
 */
class TenantIsolationRestTest extends HttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    IdentityBootstrap identity;

    @Autowired
    RosterImportService rosters;

    @Autowired
    OrganisationTenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoEmployersAndTwoRegions() {
        for (String side : List.of("ta", "tb")) {
            String t = side.toUpperCase();
            user(side + ".admin", Groups.CAMUNDA_ADMIN);
            user(side + ".staffing", Groups.MEDICAL_STAFFING);
            user(side + ".committee", Groups.AWARDS_COMMITTEE);
            user(side + ".committee2", Groups.AWARDS_COMMITTEE);
            user(side + ".jlnc", Groups.JLNC);
            user(side + ".appeals", Groups.APPEALS_PANEL);
            user(side + ".hr", Groups.SHA_HR);
            user(side + ".secretary", Groups.PCT_BOARD_SECRETARY);
            user(side + ".shace");
            user(side + ".cons");
        }
        user("tn.oversight", Groups.NATIONAL_OVERSIGHT);
        user("tn.treasury", Groups.HM_TREASURY);
        user("tn.commission", Groups.APPOINTMENTS_COMMISSION);
        rosters.importCsv(RosterKind.ORGANISATIONS, """
                code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities
                SHA-TA,Tenant A Strategic Health Authority,SHA,TA,,,,
                PCT-TA1,Tenant A PCT,PCT,TA,,CL-TA,100000,
                TR-TA,Tenant A Hospitals NHS Trust,NHS_TRUST,TA,,,,
                SHA-TB,Tenant B Strategic Health Authority,SHA,TB,,,,
                PCT-TB1,Tenant B PCT,PCT,TB,,CL-TB,100000,
                TR-TB,Tenant B Hospitals NHS Trust,NHS_TRUST,TB,,,,
                """);
        rosters.importCsv(RosterKind.EXECUTIVES, """
                employee_id,name,sex,ethnic_group,user_id,organisation_code,role,portfolio,substantive,seconded_out,regional_pool,joint_la_post,la_health_experience
                E-TA-CE,Ann Tenant,F,WHITE,,PCT-TA1,CHIEF_EXECUTIVE,,true,false,,false,false
                E-TA-SCE,Sam Tenant,M,WHITE,ta.shace,SHA-TA,CHIEF_EXECUTIVE,,true,false,,false,false
                E-TB-CE,Bea Tenant,F,WHITE,,PCT-TB1,CHIEF_EXECUTIVE,,true,false,,false,false
                E-TB-SCE,Sid Tenant,M,WHITE,tb.shace,SHA-TB,CHIEF_EXECUTIVE,,true,false,,false,false
                """);
        rosters.importCsv(RosterKind.CONSULTANTS, """
                employee_id,name,sex,ethnic_group,employer_code,specialty,consultant_since,fte,substantive,lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,distinction_award,user_id
                C-TA-1,Dr A One,F,WHITE,TR-TA,Cardiology,2005-01-01,1.0,true,3,2017-04-01,,,false,ta.cons
                C-TA-2,Dr A Two,M,WHITE,TR-TA,Cardiology,2006-01-01,1.0,true,,,,,false,
                C-TB-1,Dr B One,F,WHITE,TR-TB,Cardiology,2005-01-01,1.0,true,3,2017-04-01,,,false,tb.cons
                C-TB-2,Dr B Two,M,WHITE,TR-TB,Cardiology,2006-01-01,1.0,true,,,,,false,
                """);
        for (String side : List.of("ta", "tb")) {
            String employer = "TR-" + side.toUpperCase();
            String sha = "SHA-" + side.toUpperCase();
            for (String role : List.of("staffing", "committee", "committee2", "jlnc", "appeals")) {
                tenants.grant(side + "." + role, employer);
            }
            tenants.grant(side + ".hr", sha);
            tenants.grant(side + ".secretary", sha);
        }
    }

    @AfterEach
    void removeInstances() {
        processEngine.getRuntimeService().createProcessInstanceQuery().list().forEach(pi -> processEngine
                .getRuntimeService().deleteProcessInstance(pi.getId(), "tenant test cleanup", true, true));
    }

    private void user(String id, String... groups) {
        createUser(id, id, "Tenant test", Set.of(groups));
    }

    // ---- awards: the employer's tenant (S30 2) --------------------------------------------------------------

    @Test
    @DisplayName("S30 2, 15-16: an employer's review belongs to the employer; its committee rates it and sees nothing of the other employer's")
    void reviewsPerEmployer() throws Exception {
        String a = startOk("existing-lcea-review", "ta.staffing", review("C-TA-1"));
        String b = startOk("existing-lcea-review", "tb.staffing", review("C-TB-1"));
        assertThat(tenantOf(a)).isEqualTo("TR-TA");
        assertThat(tenantOf(b)).isEqualTo("TR-TB");

        // medical staffing: instances, variables, jobs and history of their own employer only
        assertIsolated("ta.staffing", a, b);
        assertIsolated("tb.staffing", b, a);
        assertThat(ids(list("/engine-rest/job?processInstanceId=" + b, "ta.staffing"))).isEmpty();
        assertThat(ids(list("/engine-rest/job?processInstanceId=" + a, "ta.staffing"))).hasSize(1);

        // starting a case for another employer is refused, and nothing is left half-started
        HttpResponse<String> foreign = start("existing-lcea-review", "ta.staffing", review("C-TB-2"));
        assertThat(foreign.statusCode()).isBetween(400, 599);
        assertThat(foreign.body()).contains("TR-TB");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("C-TB-2").count())
                .isZero();

        Task taskA = fireReviewTimer(a);
        Task taskB = fireReviewTimer(b);
        // the committee of A: A's task by query and by id, not B's; B's task cannot be completed by A
        assertThat(ids(list("/engine-rest/task?taskDefinitionKey=UserTask_ScoreReview", "ta.committee")))
                .containsExactly(taskA.getId());
        assertThat(get("/engine-rest/task/" + taskB.getId(), "ta.committee").statusCode()).isEqualTo(404);
        assertThat(get("/engine-rest/task/" + taskA.getId(), "ta.committee").statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/task/" + taskB.getId() + "/variables", "ta.committee").statusCode()).isNotEqualTo(200);
        assertThat(ids(list("/engine-rest/history/task?processInstanceId=" + b, "ta.committee"))).isEmpty();
        assertThat(post("/engine-rest/task/" + taskB.getId() + "/complete", "ta.committee", "application/json",
                ratings()).statusCode()).isNotEqualTo(204);
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskB.getId()).count()).as("B's task stays open").isOne();
        HttpResponse<String> done = post("/engine-rest/task/" + taskA.getId() + "/complete", "ta.committee",
                "application/json", ratings());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertIsolated("tb.committee", b, a);

        // a consultant on the roster is a member of the employer's tenant and sees nothing of the other's
        assertThat(get("/engine-rest/history/process-instance/" + b, "ta.cons").statusCode()).isEqualTo(404);

        // incidents: the engine hides B's from A
        processEngine.getRuntimeService().createIncident("tenant-probe", b, "probe");
        assertThat(ids(list("/engine-rest/incident?processInstanceId=" + b, "ta.staffing"))).isEmpty();
        assertThat(ids(list("/engine-rest/incident?processInstanceId=" + b, "ta.admin"))).hasSize(1);

        // the administrator sees both
        assertThat(ids(list("/engine-rest/process-instance?processDefinitionKey=existing-lcea-review", "ta.admin")))
                .contains(a, b);
    }

    @Test
    @DisplayName("S30 2-5: an employer's round, its scheme and its JLNC task are the employer's; reports and bulk scheduling answer 403 outside it")
    void roundsReportsAndSchedulingPerEmployer() throws Exception {
        String a = startOk("lcea-annual-round", "ta.staffing", round("TR-TA"));
        String b = startOk("lcea-annual-round", "tb.staffing", round("TR-TB"));
        assertThat(tenantOf(a)).isEqualTo("TR-TA");
        assertIsolated("ta.staffing", a, b);
        assertThat(ids(list("/engine-rest/task?processDefinitionKey=lcea-annual-round", "ta.staffing")))
                .hasSize(1).allSatisfy(id -> assertThat(processEngine.getTaskService().createTaskQuery().taskId(id)
                        .singleResult().getProcessInstanceId()).isEqualTo(a));
        assertThat(post("/engine-rest/process-definition/key/lcea-annual-round/start", "ta.staffing", "application/json",
                "{\"variables\":" + round("TR-TB").replace("2019", "2020") + "}").statusCode()).isBetween(400, 599);

        for (String pi : List.of(a, b)) {
            Task scheme = processEngine.getTaskService().createTaskQuery().processInstanceId(pi)
                    .taskDefinitionKey("Task_ProposeScheme").singleResult();
            processEngine.getTaskService().complete(scheme.getId(), Map.of("allocationMethod", "COMPETITIVE",
                    "awardPeriodYears", "3", "awardValue", 3016, "tieRule", "AWARD_ALL_TIED",
                    "closingDate", "2099-12-31", "committeeChair", pi.equals(a) ? "ta.committee" : "tb.committee"));
        }
        // the JLNC of A: A's task only; instances and history of A only
        assertThat(ids(list("/engine-rest/task?taskDefinitionKey=Task_JlncScheme", "ta.jlnc"))).hasSize(1);
        assertThat(ids(list("/engine-rest/task?taskDefinitionKey=Task_JlncScheme", "ta.admin"))).hasSize(2);
        assertIsolated("ta.jlnc", a, b);
        assertIsolated("tb.jlnc", b, a);
        // the appeals panel reads its employer's rounds and no other's
        assertIsolated("ta.appeals", a, b);

        // the spending report: 403 outside the caller's tenants (no report yet inside them: 404)
        assertThat(get("/api/awards/rounds/" + b + "/spending-report.csv", "ta.staffing").statusCode()).isEqualTo(403);
        assertThat(get("/api/awards/rounds/" + b + "/spending-report.csv", "ta.committee").statusCode()).isEqualTo(403);
        assertThat(get("/api/awards/rounds/" + a + "/spending-report.csv", "ta.staffing").statusCode()).isEqualTo(404);
        assertThat(get("/api/awards/rounds/" + b + "/spending-report.csv", "ta.admin").statusCode()).isEqualTo(404);

        // bulk scheduling: only for the caller's own employer
        HttpResponse<String> foreign = post("/api/awards/reviews/schedule?employerCode=TR-TB", "ta.staffing", "text/plain", "");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("TR-TB");
        assertThat(post("/api/awards/reviews/schedule?employerCode=TR-TA", "ta.staffing", "text/plain", "").statusCode())
                .isBetween(200, 202);
    }

    // ---- appointments and boards: the SHA of the cluster's region (G 19, A 1.1) -----------------------------

    @Test
    @DisplayName("G 7, 19: each region's appointment belongs to its SHA; national oversight and the Treasury see both, each SHA only its own")
    void appointmentsPerRegion() throws Exception {
        String a = startOk("cluster-executive-appointment", "ta.hr", appointment("CL-TA"));
        String b = startOk("cluster-executive-appointment", "tb.hr", appointment("CL-TB"));
        assertThat(tenantOf(a)).isEqualTo("SHA-TA");
        assertThat(tenantOf(b)).isEqualTo("SHA-TB");
        assertIsolated("ta.hr", a, b);
        assertIsolated("tb.hr", b, a);
        assertIsolated("ta.secretary", a, b);
        HttpResponse<String> foreign = start("cluster-executive-appointment", "ta.hr", appointment("CL-TB"));
        assertThat(foreign.statusCode()).isBetween(400, 599);
        assertThat(foreign.body()).contains("SHA-TB");

        // the configuration sign-off (G 7) of both regions is national oversight's
        List<String> signOffs = ids(list("/engine-rest/task?taskDefinitionKey=Task_SignOffConfiguration", "tn.oversight"));
        assertThat(signOffs).hasSize(2);
        assertThat(ids(list("/engine-rest/process-instance?processDefinitionKey=cluster-executive-appointment", "tn.oversight")))
                .containsExactlyInAnyOrder(a, b);
        assertThat(ids(list("/engine-rest/process-instance?processDefinitionKey=cluster-executive-appointment", "tn.treasury")))
                .containsExactlyInAnyOrder(a, b);
        assertThat(ids(list("/engine-rest/task?taskDefinitionKey=Task_SignOffConfiguration", "ta.hr"))).isEmpty();
        // a region's SHA executive (a roster person) is a member of their SHA only
        assertThat(get("/engine-rest/history/process-instance/" + b, "ta.shace").statusCode()).isEqualTo(404);
        assertThat(get("/engine-rest/history/process-instance/" + a, "ta.admin").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A 1.1, 5.7: each region's NED rationalisation and vacancies belong to its SHA; the Commission sees both, each secretary only its own")
    void boardsPerRegion() throws Exception {
        String a = startOk("ned-rationalisation", "ta.hr", "{\"clusterCode\":{\"value\":\"CL-TA\"}}");
        String b = startOk("ned-rationalisation", "tb.hr", "{\"clusterCode\":{\"value\":\"CL-TB\"}}");
        assertThat(tenantOf(b)).isEqualTo("SHA-TB");
        List<String> secretaryA = ids(list("/engine-rest/task?processDefinitionKey=ned-rationalisation", "ta.secretary"));
        assertThat(secretaryA).isNotEmpty().allSatisfy(id -> assertThat(processEngine.getTaskService().createTaskQuery()
                .taskId(id).singleResult().getProcessInstanceId()).isEqualTo(a));
        assertIsolated("ta.secretary", a, b);
        assertIsolated("tb.hr", b, a);
        assertThat(ids(list("/engine-rest/process-instance?processDefinitionKey=ned-rationalisation", "tn.commission")))
                .containsExactlyInAnyOrder(a, b);

        HttpResponse<String> vacancy = post("/engine-rest/message", "tb.secretary", "application/json", """
                {"messageName":"BoardVacancyReported","processVariables":{"organisationCode":{"value":"PCT-TB1"},
                 "vacatedMemberId":{"value":"NONE"}},"resultEnabled":true}""");
        // whatever the vacancy's own checks say, a vacancy for A's board cannot be reported by B's secretary
        HttpResponse<String> foreign = post("/engine-rest/message", "tb.secretary", "application/json", """
                {"messageName":"BoardVacancyReported","processVariables":{"organisationCode":{"value":"PCT-TA1"},
                 "vacatedMemberId":{"value":"NONE"}}}""");
        assertThat(foreign.statusCode()).isBetween(400, 599);
        assertThat(foreign.body()).doesNotContain("vacatedMemberId").contains("SHA-TA");
        assertThat(vacancy.body()).doesNotContain("not a member");
    }

    @Test
    @DisplayName("G 19, A 3.3: the demo's second region (Southvale, CL-VALE) runs an appointment and a lawful NED rationalisation of its own")
    void demoSecondRegionRuns() throws Exception {
        createDemoRosterLogins();
        for (RosterKind kind : List.of(RosterKind.ORGANISATIONS, RosterKind.EXECUTIVES, RosterKind.BOARD_MEMBERS,
                RosterKind.CONSULTANTS)) {
            rosters.importCsv(kind, new org.springframework.core.io.ClassPathResource("demo/" + kind.urlName() + ".csv")
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        user("sv.hr", Groups.SHA_HR);
        tenants.grant("sv.hr", "SHA-SV");
        String appointment = startOk("cluster-executive-appointment", "sv.hr", appointment("CL-VALE"));
        assertThat(tenantOf(appointment)).isEqualTo("SHA-SV");
        JsonNode vars = JSON.readTree(get("/engine-rest/process-instance/" + appointment + "/variables", "sv.hr").body());
        assertThat(vars.path("ceStage1Pool").path("value").asText()).isEqualTo("E-VAL-CE,E-VIN-CE");
        String ned = startOk("ned-rationalisation", "sv.hr", "{\"clusterCode\":{\"value\":\"CL-VALE\"}}");
        JsonNode check = JSON.readTree(JSON.readTree(get("/engine-rest/process-instance/" + ned + "/variables/statutoryCheck",
                "sv.hr").body()).path("value").asText());
        assertThat(check).isEmpty();
        assertThat(start("ned-rationalisation", "sv.hr", "{\"clusterCode\":{\"value\":\"CL-NORTH\"}}").statusCode())
                .isBetween(400, 599);
    }

    // ---- rosters: uploads within the caller's tenants --------------------------------------------------------

    @Test
    @DisplayName("CONTRACT §2a: a consultants file with another employer's row is refused whole with 403 naming the line; executives likewise by region")
    void rosterUploadsWithinTenants() throws Exception {
        String header = "employee_id,name,sex,ethnic_group,employer_code,specialty,consultant_since,fte,substantive,"
                + "lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,distinction_award\n";
        HttpResponse<String> mixed = post("/api/rosters/consultants", "ta.staffing", "text/csv", header
                + "C-TA-9,Dr A Nine,F,WHITE,TR-TA,Cardiology,2010-01-01,1.0,true,,,,,false\n"
                + "C-TB-9,Dr B Nine,F,WHITE,TR-TB,Cardiology,2010-01-01,1.0,true,,,,,false\n");
        assertThat(mixed.statusCode()).isEqualTo(403);
        JsonNode error = JSON.readTree(mixed.body()).path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(3);
        assertThat(error.path("message").asText()).contains("TR-TB");
        assertThat(count("SELECT COUNT(*) FROM consultant WHERE employee_id = 'C-TA-9'")).isZero();

        // moving another employer's consultant into one's own is refused too
        HttpResponse<String> poach = post("/api/rosters/consultants", "ta.staffing", "text/csv", header
                + "C-TB-2,Dr B Two,M,WHITE,TR-TA,Cardiology,2006-01-01,1.0,true,,,,,false\n");
        assertThat(poach.statusCode()).isEqualTo(403);

        assertThat(post("/api/rosters/consultants", "ta.staffing", "text/csv", header
                + "C-TA-2,Dr A Two,M,WHITE,TR-TA,Cardiology,2006-01-01,1.0,true,,,,,false\n").statusCode()).isEqualTo(200);
        assertThat(post("/api/rosters/consultants", "ta.admin", "text/csv", header
                + "C-TB-2,Dr B Two,M,WHITE,TR-TB,Cardiology,2006-01-01,1.0,true,,,,,false\n").statusCode()).isEqualTo(200);

        String executives = "employee_id,name,sex,ethnic_group,organisation_code,role,portfolio,substantive,seconded_out,"
                + "regional_pool,joint_la_post,la_health_experience\n";
        HttpResponse<String> otherRegion = post("/api/rosters/executives", "ta.hr", "text/csv", executives
                + "E-TB-CE,Bea Tenant,F,WHITE,PCT-TB1,CHIEF_EXECUTIVE,,true,false,,false,false\n");
        assertThat(otherRegion.statusCode()).isEqualTo(403);
        assertThat(otherRegion.body()).contains("SHA-TB").contains("\"line\":2");
        // organisations: a row of another region refused unless it changes nothing
        String organisations = "code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities\n";
        assertThat(post("/api/rosters/organisations", "ta.hr", "text/csv", organisations
                + "PCT-TA1,Tenant A PCT,PCT,TA,,CL-TA,100000,\n"
                + "PCT-TB1,Tenant B PCT,PCT,TB,,CL-TB,100000.00,\n").statusCode()).isEqualTo(200);
        HttpResponse<String> rename = post("/api/rosters/organisations", "ta.hr", "text/csv", organisations
                + "PCT-TB1,Renamed B PCT,PCT,TB,,CL-TB,100000,\n");
        assertThat(rename.statusCode()).isEqualTo(403);
        assertThat(rename.body()).contains("SHA-TB");

        assertThat(post("/api/rosters/executives", "tb.hr", "text/csv", executives
                + "E-TB-CE,Bea Tenant,F,WHITE,PCT-TB1,CHIEF_EXECUTIVE,,true,false,,false,false\n").statusCode()).isEqualTo(200);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The member sees their own instance, its variables and history, by id and by query, and nothing of the other. */
    private void assertIsolated(String user, String own, String other) throws Exception {
        assertThat(get("/engine-rest/process-instance/" + own, user).statusCode()).as(user + " own instance").isEqualTo(200);
        assertThat(get("/engine-rest/process-instance/" + other, user).statusCode()).as(user + " other instance").isEqualTo(404);
        assertThat(ids(list("/engine-rest/process-instance?processInstanceIds=" + own + "," + other, user)))
                .as(user + " instances by query").containsExactly(own);
        assertThat(get("/engine-rest/process-instance/" + other + "/variables", user).statusCode())
                .as(user + " other's variables").isNotEqualTo(200);
        assertThat(get("/engine-rest/process-instance/" + own + "/variables", user).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list("/engine-rest/variable-instance?processInstanceIdIn=" + other, user).body()))
                .as(user + " other's variables by query").isEmpty();
        assertThat(JSON.readTree(list("/engine-rest/history/variable-instance?processInstanceId=" + other, user).body()))
                .as(user + " other's history").isEmpty();
        assertThat(get("/engine-rest/history/process-instance/" + other, user).statusCode()).isEqualTo(404);
        assertThat(get("/engine-rest/history/process-instance/" + own, user).statusCode()).isEqualTo(200);
        assertThat(ids(list("/engine-rest/task?processInstanceId=" + other, user))).as(user + " other's tasks").isEmpty();
        assertThat(ids(list("/engine-rest/history/activity-instance?processInstanceId=" + other, user))).isEmpty();
    }

    private Task fireReviewTimer(String pi) {
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi).timers().singleResult();
        processEngine.getManagementService().executeJob(timer.getId());
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey("UserTask_ScoreReview").singleResult();
    }

    private HttpResponse<String> start(String key, String user, String variablesJson) {
        return post("/engine-rest/process-definition/key/" + key + "/start", user, "application/json",
                "{\"variables\":" + variablesJson + "}");
    }

    private String startOk(String key, String user, String variablesJson) throws Exception {
        HttpResponse<String> response = start(key, user, variablesJson);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("id").asText();
    }

    private String tenantOf(String instanceId) {
        return processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult().getTenantId();
    }

    /** A REST list query: list queries name their page size (the engine refuses unbounded ones). */
    private HttpResponse<String> list(String path, String user) {
        return get(path + (path.contains("?") ? "&" : "?") + "maxResults=100", user);
    }

    private static List<String> ids(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    private static String review(String employeeId) {
        return """
                {"employeeId":{"value":"%s"},"currentLevel":{"value":3,"type":"Integer"},
                 "lastAwardPointDate":{"value":"2017-04-01"}}""".formatted(employeeId);
    }

    private static String round(String employer) {
        return """
                {"employerCode":{"value":"%s"},"awardYear":{"value":2019,"type":"Integer"},
                 "pointValue":{"value":3016.0,"type":"Double"}}""".formatted(employer);
    }

    private static String appointment(String cluster) {
        return """
                {"clusterCode":{"value":"%s"},"poolingOption":{"value":"CLUSTER_FIRST"},
                 "directorPosts":{"value":"FINANCE,COMMISSIONING,MEDICAL,NURSING"}}""".formatted(cluster);
    }

    private static String ratings() {
        return """
                {"variables":{"reviewDate":{"value":"2022-05-01"},
                 "serviceDeliveryRating":{"value":"6"},"serviceDevelopmentRating":{"value":"6"},
                 "leadershipRating":{"value":"6"},"researchRating":{"value":"6"},"teachingRating":{"value":"6"},
                 "committeeMembers":{"value":"ta.committee,ta.committee2"}}}""";
    }
}
