package uk.nhs.workforce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.nhs.workforce.Application;
import uk.nhs.workforce.rosters.ImportResult;
import uk.nhs.workforce.rosters.Register;
import uk.nhs.workforce.rosters.RosterImportService;
import uk.nhs.workforce.rosters.RosterKind;

/**
 * Starts the whole application on a given database, writes rosters, a probe instance and a real
 * {@code existing-lcea-review} that wait years on timers, stops it, starts it again and checks that
 * nothing was lost. The same scenario runs
 * on the H2 file database and on PostgreSQL.
 */
public final class RestartScenario {

    private static final String ORGANISATIONS = """
            code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities
            RST-TR,Restart Trust,NHS_TRUST,RST,,,,
            RST-LA,Restart Council,LOCAL_AUTHORITY,RST,,,,
            RST-CT,Restart Care Trust,CARE_TRUST,RST,RST-N,RST-CL,1500.25,RST-LA
            """;
    private static final String CONSULTANTS = """
            employee_id,name,sex,ethnic_group,employer_code,specialty,consultant_since,fte,substantive,lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,distinction_award,user_id
            RST-C1,Dr Restart,F,WHITE,RST-TR,Cardiology,2010-04-01,0.6,true,4,2017-04-01,,,false,
            RST-C2,Dr Again,M,ASIAN,RST-TR,Cardiology,2012-04-01,1.0,true,,,SILVER,2022-03-31,false,
            """;

    private RestartScenario() {
    }

    public static void run(Map<String, Object> databaseProperties) {
        String instanceId;
        String reviewId;
        Date timerDue;
        try (ConfigurableApplicationContext first = start(databaseProperties)) {
            RosterImportService imports = first.getBean(RosterImportService.class);
            assertThat(imports.importCsv(RosterKind.ORGANISATIONS, ORGANISATIONS)).isEqualTo(new ImportResult(3, 0));
            assertThat(imports.importCsv(RosterKind.CONSULTANTS, CONSULTANTS)).isEqualTo(new ImportResult(2, 0));

            ProcessEngine engine = first.getBean(ProcessEngine.class);
            BpmnModelInstance waitsYears = Bpmn.createExecutableProcess("restart-probe")
                    .camundaHistoryTimeToLive(1)
                    .startEvent().intermediateCatchEvent("Timer_FiveYears").timerWithDuration("P5Y")
                    .userTask("Task_AfterTimer").camundaCandidateGroups("medical-staffing")
                    .endEvent().done();
            engine.getRepositoryService().createDeployment().addModelInstance("restart-probe.bpmn", waitsYears).deploy();
            ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("restart-probe",
                    Map.of("employeeId", "RST-C1"));
            instanceId = instance.getId();
            Job timer = engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers().singleResult();
            timerDue = timer.getDuedate();

            // a real Existing LCEA review waiting years for its due date (S30 16)
            reviewId = engine.getRuntimeService().startProcessInstanceByKey("existing-lcea-review", Map.of(
                    "employeeId", "RST-C1", "currentLevel", 4, "lastAwardPointDate", "2025-01-01")).getId();
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(reviewId).timers().count())
                    .isEqualTo(1);
        }

        try (ConfigurableApplicationContext second = start(databaseProperties)) {
            Register register = second.getBean(Register.class);
            assertThat(register.consultant("RST-C1")).hasValueSatisfying(c -> {
                assertThat(c.fte()).isEqualByComparingTo("0.6");
                assertThat(c.lceaLevel()).isEqualTo(4);
            });
            assertThat(register.organisation("RST-CT")).hasValueSatisfying(o -> {
                assertThat(o.localAuthorities()).containsExactly("RST-LA");
                assertThat(o.weightedPopulation()).isEqualByComparingTo("1500.25");
            });
            RosterImportService imports = second.getBean(RosterImportService.class);
            assertThat(imports.importCsv(RosterKind.CONSULTANTS, CONSULTANTS)).isEqualTo(new ImportResult(0, 0));

            ProcessEngine engine = second.getBean(ProcessEngine.class);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count())
                    .isEqualTo(1);
            Job timer = engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers().singleResult();
            assertThat(timer.getDuedate()).isEqualTo(timerDue);
            assertThat(engine.getRuntimeService().getVariable(instanceId, "employeeId")).isEqualTo("RST-C1");

            assertThat(engine.getRuntimeService().getVariable(reviewId, "reviewDueDate")).isEqualTo("2030-01-01");
            Job reviewTimer = engine.getManagementService().createJobQuery().processInstanceId(reviewId).timers()
                    .singleResult();
            assertThat(reviewTimer).isNotNull();
            assertThat(reviewTimer.getDuedate()).isAfter(new Date());
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> databaseProperties) {
        Map<String, Object> properties = new HashMap<>(databaseProperties);
        properties.put("server.port", "0");
        // as command-line arguments, so they win over the test profile's in-memory database
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).profiles("test").run(args);
    }
}
