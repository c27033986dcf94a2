package uk.nhs.workforce.platform;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At every start: the identity the application needs, then (default run only) the demo users and data. */
@Component
public class PlatformStartup {

    private final IdentityBootstrap identity;
    private final DemoData demoData;

    public PlatformStartup(IdentityBootstrap identity, DemoData demoData) {
        this.identity = identity;
        this.demoData = demoData;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        identity.run();
        demoData.loadIfEnabled();
    }
}
