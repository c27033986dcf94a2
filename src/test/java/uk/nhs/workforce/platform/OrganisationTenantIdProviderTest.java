package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The parts of the tenant rule that need no roster: called processes and decisions follow their case. */
class OrganisationTenantIdProviderTest {

    private final OrganisationTenantIdProvider provider = new OrganisationTenantIdProvider(mock(JdbcTemplate.class));

    @Test
    @DisplayName("G 27: a Director recruitment called by an appointment belongs to the appointment's SHA")
    void calledProcessFollowsItsCaller() {
        ProcessDefinition recruitment = mock(ProcessDefinition.class);
        when(recruitment.getKey()).thenReturn("appointment-director-recruitment");
        DelegateExecution appointment = mock(DelegateExecution.class);
        when(appointment.getTenantId()).thenReturn("SHA-NB");
        assertThat(provider.provideTenantIdForProcessInstance(new TenantIdProviderProcessInstanceContext(recruitment,
                Variables.createVariables(), appointment))).isEqualTo("SHA-NB");
    }

    @Test
    @DisplayName("a national process (the yearly round scheduler) has no tenant; a decision evaluated in a case has the case's")
    void nationalProcessesAndDecisions() {
        ProcessDefinition scheduler = mock(ProcessDefinition.class);
        when(scheduler.getKey()).thenReturn("lcea-round-scheduler");
        assertThat(provider.provideTenantIdForProcessInstance(new TenantIdProviderProcessInstanceContext(scheduler,
                Variables.createVariables()))).isNull();
        DelegateExecution review = mock(DelegateExecution.class);
        when(review.getTenantId()).thenReturn("TR-NBH");
        assertThat(provider.provideTenantIdForHistoricDecisionInstance(new TenantIdProviderHistoricDecisionInstanceContext(
                mock(DecisionDefinition.class), review))).isEqualTo("TR-NBH");
        assertThat(provider.provideTenantIdForHistoricDecisionInstance(new TenantIdProviderHistoricDecisionInstanceContext(
                mock(DecisionDefinition.class)))).isNull();
    }
}
