package uk.nhs.workforce.platform.tasks;

import java.util.Set;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * A Tasklist plugin (Camunda's own extension point for the web app): its REST resource answers, for
 * the person logged in to Tasklist, the choices a start form offers ({@link StartFormChoices}), under
 * {@code /camunda/api/tasklist/plugin/workforce/{engine}/choices/{field}}, with Tasklist's session.
 */
public class WorkforceTasklistPlugin extends AbstractTasklistPlugin {

    public static final String ID = "workforce";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(WorkforceTasklistResource.class);
    }
}
