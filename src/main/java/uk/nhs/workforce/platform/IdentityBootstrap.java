package uk.nhs.workforce.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the identity the application relies on, idempotently at every start: the groups of CONTRACT
 * §2, what each may start and read, Tasklist access and the shared Tasklist filters, and the first
 * administrator when the environment names one.
 */
@Component
@Order(10)
public class IdentityBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final AdminAccountSettings admin;

    public IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                             TaskService tasks, AdminAccountSettings admin) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.admin = admin;
    }

    public void run() {
        Groups.NAMES.forEach(this::ensureGroup);
        // Administrators are not exempt from authorization checks: like Camunda's own setup, grant them all.
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        ProcessAccess.STARTS.forEach((group, keys) -> keys.forEach(key -> {
            grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
        }));
        ProcessAccess.READS.forEach((group, keys) -> keys.forEach(key -> grant(group, Resources.PROCESS_DEFINITION, key,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY)));
        ProcessAccess.DECISIONS.forEach((group, keys) -> keys.forEach(key -> grant(group,
                Resources.DECISION_DEFINITION, key, Permissions.READ, Permissions.CREATE_INSTANCE)));
        // Everyone with a login may open Tasklist; what they see there is limited by task authorizations.
        grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // Tasklist names a task's candidate groups ("Medical staffing", not "medical-staffing")
        grantEveryone(Resources.GROUP, Authorization.ANY, Permissions.READ);
        // Panel members and consultants work tasks without a group: let Tasklist name the process of their task.
        ProcessAccess.NAMED_TO_CANDIDATE_USERS.forEach(key ->
                grantEveryone(Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ));
        ensureFilters();
        if (admin.isConfigured()) {
            if (identity.createUserQuery().userId(admin.user()).count() == 0
                    && !identity.checkPasswordAgainstPolicy(admin.password()).isValid()) {
                throw new IllegalStateException("APP_ADMIN_PASSWORD does not pass the password policy: at least 10 "
                        + "characters with an upper-case and a lower-case letter, a digit and a special character");
            }
            ensureUser(admin.user(), admin.password(), "Administrator", "", Set.of(Groups.CAMUNDA_ADMIN));
        }
    }

    void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(Groups.CAMUNDA_ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
            log.info("Created group {}", id);
        }
    }

    /**
     * Creates the user with the password if it does not exist yet (an existing password is kept) and adds
     * memberships. The password must pass Camunda's password policy.
     */
    public void ensureUser(String id, String password, String firstName, String lastName, Set<String> groups) {
        ensureUser(id, password, firstName, lastName, groups, false);
    }

    /**
     * The default run's demo accounts only: their documented passwords (the user id) do not pass the password
     * policy, so they are seeded past it. Nothing else creates a user this way; the prod profile never does.
     */
    void ensureDemoUser(String id, String firstName, String lastName, Set<String> groups) {
        ensureUser(id, id, firstName, lastName, groups, true);
    }

    private void ensureUser(String id, String password, String firstName, String lastName, Set<String> groups,
                            boolean documentedDemoPassword) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(password);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@example.nhs.uk");
            if (documentedDemoPassword && identity instanceof IdentityServiceImpl engineIdentity) {
                engineIdentity.saveUser(user, true);
            } else {
                identity.saveUser(user);
            }
            log.info("Created user {}", id);
        }
        for (String group : groups) {
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                    .resourceType(resource).resourceId(resourceId).singleResult();
            for (Permission p : permissions) {
                existing.addPermission(p);
            }
            authorizations.saveAuthorization(existing);
            return;
        }
        Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(group);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        for (Permission p : permissions) {
            auth.addPermission(p);
        }
        authorizations.saveAuthorization(auth);
    }

    private void grantEveryone(Resource resource, String resourceId, Permission permission) {
        if (authorizations.createAuthorizationQuery().userIdIn(Authorization.ANY)
                .resourceType(resource).resourceId(resourceId).count() == 0) {
            Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            auth.setUserId(Authorization.ANY);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
            auth.addPermission(permission);
            authorizations.saveAuthorization(auth);
        }
    }

    private void ensureFilters() {
        ensureFilter("My tasks", "Tasks assigned to me", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter("My group tasks", "Unassigned tasks for my groups", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        ensureFilter("Offered to me", "Tasks I am a candidate for, such as appointment panels", 0,
                tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").taskUnassigned());
    }

    private void ensureFilter(String name, String description, int priority, Query<?, ?> query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            properties.put("refresh", true);
            filter.setProperties(properties);
            filter.setQuery(query);
            filters.saveFilter(filter);
        }
        grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
