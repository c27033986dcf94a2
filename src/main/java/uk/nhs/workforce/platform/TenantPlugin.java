package uk.nhs.workforce.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Multi-tenancy with shared definitions: the engine asks {@link OrganisationTenantIdProvider} for each
 * new instance's tenant, and its tenant check (on) filters what an authenticated user sees.
 */
@Component
public class TenantPlugin extends AbstractProcessEnginePlugin {

    private final OrganisationTenantIdProvider provider;

    public TenantPlugin(OrganisationTenantIdProvider provider) {
        this.provider = provider;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(provider);
        configuration.setTenantCheckEnabled(true);
    }
}
