package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.workforce.rosters.RosterImportService;
import uk.nhs.workforce.rosters.RosterKind;
import uk.nhs.workforce.testsupport.ProcessEngineTest;

/**
 * Organisations as tenants (CONTRACT §2a), kept in step with the rosters, and each instance's tenant:
 * the employer for Schedule 30 cases (S30 2), the SHA of the cluster's region for appointments and
 * board changes (G 19, A 1.1).
 */
class OrganisationTenantsTest extends ProcessEngineTest {

    private static final String ORGANISATIONS = """
            code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities
            TT-SHA1,Tenant Test SHA One,SHA,TTR1,,,,
            TT-SHA2,Tenant Test SHA Two,SHA,TTR2,,,,
            TT-PCT1,Tenant Test PCT One,PCT,TTR1,,TT-CL1,100000,
            TT-PCT2,Tenant Test PCT Two,PCT,TTR2,,TT-CL2,100000,
            TT-PCT3,Tenant Test PCT Three,PCT,TTR3,,TT-CL3,100000,
            TT-TR1,Tenant Test Trust One,NHS_TRUST,TTR1,,,,
            TT-TR2,Tenant Test Trust Two,NHS_TRUST,TTR2,,,,
            TT-ALB,Tenant Test Agency,ALB,,,,,
            """;
    private static final String CONSULTANTS_HEADER = "employee_id,name,sex,ethnic_group,employer_code,specialty,"
            + "consultant_since,fte,substantive,lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,distinction_award,user_id\n";
    private static final String EXECUTIVES_HEADER = "employee_id,name,sex,ethnic_group,user_id,organisation_code,role,"
            + "portfolio,substantive,seconded_out,regional_pool,joint_la_post,la_health_experience\n";

    @Autowired
    RosterImportService rosters;

    @Autowired
    IdentityService identity;

    @Autowired
    IdentityBootstrap bootstrap;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    OrganisationTenants tenants;

    @AfterEach
    void clean() {
        deleteAllInstances();
        jdbcTemplate.update("DELETE FROM consultant WHERE employee_id LIKE 'TT-%'");
        jdbcTemplate.update("DELETE FROM executive WHERE employee_id LIKE 'TT-%'");
        jdbcTemplate.update("DELETE FROM organisation WHERE code LIKE 'TT-%'");
        jdbcTemplate.update("DELETE FROM roster_tenant_membership WHERE tenant_id LIKE 'TT-%'");
        identity.createTenantQuery().list().stream().map(Tenant::getId).filter(id -> id.startsWith("TT-"))
                .forEach(identity::deleteTenant);
        identity.createUserQuery().list().stream().filter(u -> u.getId().startsWith("tt.")).forEach(u -> identity.deleteUser(u.getId()));
    }

    private Set<String> tenantIds() {
        return Set.copyOf(identity.createTenantQuery().list().stream().map(Tenant::getId).filter(id -> id.startsWith("TT-")).toList());
    }

    private Set<String> tenantsOf(String user) {
        return Set.copyOf(identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).filter(id -> id.startsWith("TT-")).toList());
    }

    private void consultant(String employer, String userId) {
        rosters.importCsv(RosterKind.CONSULTANTS, CONSULTANTS_HEADER
                + "TT-C1,Dr Tenant,F,WHITE," + employer + ",Cardiology,2005-01-01,1.0,true,3,2017-04-01,,,false," + userId + "\n");
    }

    @Test
    @DisplayName("every SHA, NHS trust and consultants' employer is a tenant named as the organisation, renamed with it; nothing else is")
    void tenantsFromTheRoster() {
        rosters.importCsv(RosterKind.ORGANISATIONS, ORGANISATIONS);
        assertThat(tenantIds()).containsExactlyInAnyOrder("TT-SHA1", "TT-SHA2", "TT-TR1", "TT-TR2");
        assertThat(identity.createTenantQuery().tenantId("TT-TR1").singleResult().getName()).isEqualTo("Tenant Test Trust One");

        rosters.importCsv(RosterKind.ORGANISATIONS, ORGANISATIONS.replace("Tenant Test Trust One", "Renamed Trust"));
        assertThat(identity.createTenantQuery().tenantId("TT-TR1").singleResult().getName()).isEqualTo("Renamed Trust");

        // an agency that employs consultants is their employer, so a tenant too
        rosters.importCsv(RosterKind.CONSULTANTS, CONSULTANTS_HEADER
                + "TT-C9,Dr Agency,F,WHITE,TT-ALB,Cardiology,2005-01-01,1.0,true,,,,,false,\n");
        assertThat(tenantIds()).contains("TT-ALB");
    }

    @Test
    @DisplayName("an import that does not commit leaves no tenant and no membership behind")
    void rolledBackImportCreatesNothing() {
        transaction.executeWithoutResult(status -> {
            rosters.importCsv(RosterKind.ORGANISATIONS, ORGANISATIONS);
            assertThat(tenantIds()).isNotEmpty();
            status.setRollbackOnly();
        });
        assertThat(tenantIds()).isEmpty();
        assertThat(jdbcTemplate.queryForObject("SELECT COUNT(*) FROM organisation WHERE code LIKE 'TT-%'", Integer.class)).isZero();
    }

    @Test
    @DisplayName("national oversight, HM Treasury and the Appointments Commission are members of every SHA, also users who join later")
    void nationalGroupsInEverySha() {
        rosters.importCsv(RosterKind.ORGANISATIONS, ORGANISATIONS);
        bootstrap.ensureUser("tt.oversight", "Kestrel-Lantern-42!", "Tenant", "Tester", Set.of(Groups.NATIONAL_OVERSIGHT));
        bootstrap.ensureUser("tt.treasury", "Kestrel-Lantern-42!", "Tenant", "Tester", Set.of(Groups.HM_TREASURY));
        bootstrap.ensureUser("tt.commission", "Kestrel-Lantern-42!", "Tenant", "Tester", Set.of(Groups.APPOINTMENTS_COMMISSION));
        for (String user : List.of("tt.oversight", "tt.treasury", "tt.commission")) {
            assertThat(tenantsOf(user)).containsExactlyInAnyOrder("TT-SHA1", "TT-SHA2");
        }
        // a region set up later is theirs too
        rosters.importCsv(RosterKind.ORGANISATIONS, """
                code,name,type,region_code,sub_region_code,cluster_code,weighted_population,local_authorities
                TT-SHA3,Tenant Test SHA Three,SHA,TTR3,,,,
                """);
        assertThat(tenantsOf("tt.oversight")).contains("TT-SHA3");
    }

    @Test
    @DisplayName("a consultant who moves employer on the roster loses the old employer's tenant and gains the new; a hand-granted membership stays")
    void consultantMovesEmployer() {
        rosters.importCsv(RosterKind.ORGANISATIONS, ORGANISATIONS);
        bootstrap.ensureUser("tt.cons", "Kestrel-Lantern-42!", "Tenant", "Tester", Set.of());
        tenants.grant("tt.cons", "TT-SHA2"); // given by an administrator in Camunda Admin
        consultant("TT-TR1", "tt.cons");
        assertThat(tenantsOf("tt.cons")).containsExactlyInAnyOrder("TT-TR1", "TT-SHA2");

        consultant("TT-TR2", "tt.cons");
        assertThat(tenantsOf("tt.cons")).containsExactlyInAnyOrder("TT-TR2", "TT-SHA2");

        // a login removed from the row removes the membership the roster gave, and only that
        consultant("TT-TR2", "");
        assertThat(tenantsOf("tt.cons")).containsExactly("TT-SHA2");
    }

    @Test
    @DisplayName("an executive is a member of the SHA of their organisation's region, and moves with it")
    void executiveInTheRegionsSha() {
        rosters.importCsv(RosterKind.ORGANISATIONS, ORGANISATIONS);
        bootstrap.ensureUser("tt.exec", "Kestrel-Lantern-42!", "Tenant", "Tester", Set.of());
        rosters.importCsv(RosterKind.EXECUTIVES, EXECUTIVES_HEADER
                + "TT-E1,Exec Tenant,F,WHITE,tt.exec,TT-PCT1,CHIEF_EXECUTIVE,,true,false,,false,false\n");
        assertThat(tenantsOf("tt.exec")).containsExactly("TT-SHA1");
        rosters.importCsv(RosterKind.EXECUTIVES, EXECUTIVES_HEADER
                + "TT-E1,Exec Tenant,F,WHITE,tt.exec,TT-PCT2,CHIEF_EXECUTIVE,,true,false,,false,false\n");
        assertThat(tenantsOf("tt.exec")).containsExactly("TT-SHA2");
    }

    @Test
    @DisplayName("S30 2, G 19: a round belongs to its employer, a review to the consultant's employer, NED rationalisation to the SHA of the cluster's region")
    void instancesGetTheirOrganisationsTenant() {
        rosters.importCsv(RosterKind.ORGANISATIONS, ORGANISATIONS);
        consultant("TT-TR2", "");
        ProcessInstance round = runtimeService().startProcessInstanceByKey("lcea-annual-round",
                Map.of("employerCode", "TT-TR1", "awardYear", 2019, "pointValue", 3016.0));
        assertThat(round.getTenantId()).isEqualTo("TT-TR1");
        ProcessInstance review = runtimeService().startProcessInstanceByKey("existing-lcea-review",
                Map.of("employeeId", "TT-C1", "currentLevel", 3, "lastAwardPointDate", "2017-04-01"));
        assertThat(review.getTenantId()).isEqualTo("TT-TR2");
        ProcessInstance ned = runtimeService().startProcessInstanceByKey("ned-rationalisation", Map.of("clusterCode", "TT-CL2"));
        assertThat(ned.getTenantId()).isEqualTo("TT-SHA2");
        // tasks, jobs and history carry the tenant too
        assertThat(taskService().createTaskQuery().processInstanceId(ned.getId()).list())
                .allSatisfy(t -> assertThat(t.getTenantId()).isEqualTo("TT-SHA2"));
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(review.getId()).singleResult()
                .getTenantId()).isEqualTo("TT-TR2");
        // definitions stay shared
        assertThat(repositoryService().createProcessDefinitionQuery().tenantIdIn("TT-TR1").count()).isZero();
    }

    @Test
    @DisplayName("G 19: a cluster whose region has no SHA does not start: the error names clusterCode and the region; nothing is left")
    void noTenantNoInstance() {
        rosters.importCsv(RosterKind.ORGANISATIONS, ORGANISATIONS);
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("ned-rationalisation", Map.of("clusterCode", "TT-CL3")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("clusterCode").hasMessageContaining("TTR3");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("existing-lcea-review",
                Map.of("employeeId", "TT-NOBODY", "currentLevel", 3, "lastAwardPointDate", "2017-04-01")))
                .hasMessageContaining("employeeId").hasMessageContaining("TT-NOBODY");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    private static org.camunda.bpm.engine.RuntimeService runtimeService() {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService();
    }

    private static org.camunda.bpm.engine.TaskService taskService() {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService();
    }

    private static org.camunda.bpm.engine.RepositoryService repositoryService() {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService();
    }
}
