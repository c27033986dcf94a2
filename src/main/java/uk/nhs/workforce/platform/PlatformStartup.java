package uk.nhs.workforce.platform;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At every start: the identity the application needs, then (default run only) the demo users and data. */
@Component
public class PlatformStartup {

    private final IdentityBootstrap identity;
    private final DemoData demoData;
    private final IdentityService identityService;
    private final OrganisationTenants tenants;

    public PlatformStartup(IdentityBootstrap identity, DemoData demoData, IdentityService identityService,
                           OrganisationTenants tenants) {
        this.identity = identity;
        this.demoData = demoData;
        this.identityService = identityService;
        this.tenants = tenants;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        identity.run();
        // tenants and roster memberships, also for users made since the last roster import (CONTRACT §2a)
        tenants.synchronise();
        demoData.loadIfEnabled();
        // Without an administrator Camunda's Admin app offers anyone a page to create one: refuse instead.
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            throw new IllegalStateException("No administrator exists: set APP_ADMIN_USER and APP_ADMIN_PASSWORD "
                    + "to create the first one");
        }
    }
}
