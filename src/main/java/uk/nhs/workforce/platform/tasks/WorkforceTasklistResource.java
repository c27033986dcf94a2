package uk.nhs.workforce.platform.tasks;

import java.util.List;

import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The REST resource of {@link WorkforceTasklistPlugin}; Tasklist's security filter lets only logged-in users reach it. */
@Path("plugin/" + WorkforceTasklistPlugin.ID)
public class WorkforceTasklistResource extends AbstractTasklistPluginRootResource {

    public WorkforceTasklistResource() {
        super(WorkforceTasklistPlugin.ID);
    }

    @GET
    @Path("{engine}/choices/{field}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StartFormChoices.Choice> choices(@PathParam("engine") String engine, @PathParam("field") String field,
            @QueryParam("process") String processKey) {
        Authentications authentications = Authentications.getCurrent();
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user)) {
            throw new InvalidRequestException(Response.Status.UNAUTHORIZED, "log in to Tasklist first");
        }
        WebApplicationContext context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return context.getBean(StartFormChoices.class)
                .choices(field, processKey, StartFormChoices.limitTo(user.getTenantIds(), user.getGroupIds()));
    }
}
