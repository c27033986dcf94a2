package uk.nhs.workforce.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import uk.nhs.workforce.platform.Groups;

/**
 * The one check between a person and a task, for every task of every process, on the engine's own
 * commands (so Tasklist and the REST API's {@code complete}, {@code submit-form} and {@code resolve} alike):
 * <ul>
 * <li>a task with an assignee is completed only by that assignee or an administrator ({@code 403});</li>
 * <li>a completion carries only the editable fields of the task's Camunda Form; any other variable is
 * refused ({@code 400}, naming it) before anything changes, and a read-only field's value is ignored when
 * unchanged and refused when changed, so no task overwrites a process input;</li>
 * <li>a password a person sets passes Camunda's password policy ({@code 400} naming the policy);</li>
 * <li>reading a task's variables yields only what its form shows; someone offered the task by name rather
 * than through a group sees, of a list whose entries name a {@code userId}, only their own entries.</li>
 * </ul>
 * It applies to requests made by an authenticated person; the engine's own work and Java API calls without
 * an authenticated user (process tests, jobs) are not people at a boundary and pass unchecked.
 */
public class TaskGuard extends CommandInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final Map<String, TaskForm> forms = new ConcurrentHashMap<>();
    private ProcessEngineConfigurationImpl configuration;

    void setConfiguration(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        int[] level = depth.get();
        level[0]++;
        try {
            if (level[0] == 1 && configuration != null && isGuarded(command)) {
                Authentication auth = configuration.getIdentityService().getCurrentAuthentication();
                if (auth != null && auth.getUserId() != null) {
                    return guarded(command, auth);
                }
            }
            return next.execute(command);
        } finally {
            level[0]--;
            if (level[0] == 0) {
                depth.remove();
            }
        }
    }

    private static boolean isGuarded(Command<?> command) {
        return command instanceof SaveUserCmd || command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd
                || command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped;
    }

    @SuppressWarnings("unchecked")
    private <T> T guarded(Command<T> command, Authentication auth) {
        if (command instanceof SaveUserCmd) {
            checkPasswordPolicy(command);
            return next.execute(command);
        }
        String taskId = command instanceof AbstractGetFormVariablesCmd f ? f.resourceId : (String) field(command, "taskId");
        boolean admin = isAdmin(auth);
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            String mapField = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
            Map<String, Object> submitted = (Map<String, Object>) field(command, mapField);
            TaskFacts facts = facts(taskId, auth, submitted == null ? Set.of() : submitted.keySet());
            if (facts == null) {
                return next.execute(command);
            }
            if (facts.assignee != null && !facts.assignee.equals(auth.getUserId()) && !admin) {
                throw new AuthorizationException(auth.getUserId() + " may not complete task " + taskId
                        + ": it is claimed by " + facts.assignee + " (only the assignee or an administrator completes it)");
            }
            if (submitted != null && !submitted.isEmpty()) {
                VariableMap kept = Variables.createVariables();
                Set<String> refused = new TreeSet<>();
                VariableMap typed = Variables.fromMap(submitted);
                for (String name : submitted.keySet()) {
                    if (facts.form.mayWrite(name)) {
                        kept.putValueTyped(name, typed.getValueTyped(name));
                    } else if (!(facts.form.readOnly().contains(name) && same(facts.current.get(name), typed.get(name)))) {
                        refused.add(name);
                    }
                }
                if (!refused.isEmpty()) {
                    String message = String.join(", ", refused) + ": not "
                            + (refused.size() == 1 ? "a field" : "fields") + " this task's form lets you fill in ("
                            + facts.taskName + "); a completion carries only the form's fields and nothing was changed";
                    if (command instanceof ResolveTaskCmd) {
                        throw new BadUserRequestException(message);
                    }
                    throw new FormFieldValidationException(refused.iterator().next(), message);
                }
                setField(command, mapField, kept);
            }
            return next.execute(command);
        }
        if (admin) {
            return next.execute(command);
        }
        // reading: only what the task's form shows
        if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
            String name = (String) field(command, "variableName");
            TaskFacts facts = facts(taskId, auth, Set.of());
            if (facts == null) {
                return next.execute(command);
            }
            if (!facts.form.mayRead(name)) {
                return null;
            }
            T value = next.execute(command);
            if (facts.personal && value instanceof TypedValue tv) {
                return (T) ownEntries(tv, auth.getUserId());
            }
            if (facts.personal && value instanceof SpinJsonNode node) {
                TypedValue own = ownEntries(SpinValues.jsonValue(node).create(), auth.getUserId());
                return (T) own.getValue();
            }
            return value;
        }
        TaskFacts facts = facts(taskId, auth, Set.of());
        if (facts == null) {
            return next.execute(command);
        }
        VariableMap all = (VariableMap) next.execute(command);
        VariableMap shown = Variables.createVariables();
        for (String name : all.keySet()) {
            if (facts.form.mayRead(name)) {
                TypedValue value = all.getValueTyped(name);
                shown.putValueTyped(name, facts.personal ? ownEntries(value, auth.getUserId()) : value);
            }
        }
        return (T) shown;
    }

    /**
     * A password a person sets (their own, or an administrator for a new user) passes the policy: refused as a
     * bad request naming what is missing, rather than the engine's bare failure.
     */
    private void checkPasswordPolicy(Command<?> command) {
        if (field(command, "user") instanceof UserEntity user && user.hasNewPassword()
                && !Boolean.TRUE.equals(field(command, "skipPasswordPolicy"))) {
            String password = (String) field(user, "newPassword");
            var result = configuration.getIdentityService().checkPasswordAgainstPolicy(password, user);
            if (!result.isValid()) {
                StringBuilder missing = new StringBuilder();
                result.getViolatedRules().forEach(rule -> missing.append(missing.isEmpty() ? "" : ", ")
                        .append(rule.getPlaceholder().replace("PASSWORD_POLICY_", "").toLowerCase().replace('_', ' '))
                        .append(rule.getParameters() == null || rule.getParameters().isEmpty() ? ""
                                : " " + rule.getParameters().values()));
                throw new BadUserRequestException("password does not pass the password policy (" + missing
                        + "): at least 10 characters with an upper-case and a lower-case letter, a digit and a "
                        + "special character, and not the user's id or name");
            }
        }
    }

    private boolean isAdmin(Authentication auth) {
        List<String> groups = auth.getGroupIds();
        if (groups == null) {
            groups = configuration.getIdentityService().createGroupQuery().groupMember(auth.getUserId()).list()
                    .stream().map(g -> g.getId()).toList();
        }
        return groups.contains(Groups.CAMUNDA_ADMIN);
    }

    /** What the guard needs to know about a task, read without the caller's authorizations. */
    private record TaskFacts(String taskName, String assignee, TaskForm form, boolean personal, Map<String, Object> current) {
    }

    private TaskFacts facts(String taskId, Authentication auth, Collection<String> submitted) {
        if (taskId == null) {
            return null;
        }
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return null;
            }
            TaskForm form = formOf(task, context);
            List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
            boolean viaGroup = false;
            for (IdentityLinkEntity link : task.getIdentityLinks()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                        && groups.contains(link.getGroupId())) {
                    viaGroup = true;
                }
            }
            Map<String, Object> current = new java.util.HashMap<>();
            for (String name : submitted) {
                if (form.readOnly().contains(name)) {
                    current.put(name, task.getVariable(name));
                }
            }
            return new TaskFacts(task.getName(), task.getAssignee(), form, !viaGroup, current);
        }));
    }

    private TaskForm formOf(TaskEntity task, CommandContext context) {
        String cacheKey = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey();
        if (task.getProcessDefinitionId() == null) {
            return TaskForm.NONE;
        }
        TaskForm cached = forms.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        // The form is read as the system, not as the caller: whether the caller may see this task is the
        // engine's own check, made by the command being guarded. Reading it as the caller would make a form
        // that one user may not see look empty to everyone after them.
        boolean tenantCheck = context.isTenantCheckEnabled();
        context.disableTenantCheck();
        try {
            TaskForm form = context.runWithoutAuthorization(() -> {
                try (InputStream in = new GetDeployedTaskFormCmd(task.getId()).execute(context)) {
                    return TaskForm.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    // no deployed Camunda Form (or none at all): the task accepts no variables and shows none
                    return TaskForm.NONE;
                }
            });
            forms.put(cacheKey, form);
            return form;
        } finally {
            if (tenantCheck) {
                context.enableTenantCheck();
            }
        }
    }

    /** Of a JSON list whose entries name a userId, only the viewer's own entries; anything else unchanged. */
    static TypedValue ownEntries(TypedValue value, String userId) {
        if (!(value instanceof JsonValue json)) {
            return value;
        }
        String text = json.isDeserialized() ? (json.getValue() == null ? null : json.getValue().toString())
                : json.getValueSerialized();
        if (text == null) {
            return value;
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isArray()) {
                return value;
            }
            boolean personal = false;
            ArrayNode own = JSON.createArrayNode();
            for (JsonNode item : node) {
                if (item.isObject() && item.has("userId")) {
                    personal = true;
                    if (userId.equals(item.get("userId").asText())) {
                        own.add(item);
                    }
                } else {
                    own.add(item);
                }
            }
            if (!personal) {
                return value;
            }
            String filtered = JSON.writeValueAsString(own);
            return json.isDeserialized() ? SpinValues.jsonValue(org.camunda.spin.Spin.JSON(filtered)).create()
                    : SpinValues.jsonValue(filtered).create();
        } catch (IOException e) {
            return value;
        }
    }

    /** A read-only field submitted as it was shown: form-js sends read-only fields back unchanged. */
    static boolean same(Object current, Object submitted) {
        Object a = unwrap(current);
        Object b = unwrap(submitted);
        if ((a == null || "".equals(a)) && (b == null || "".equals(b))) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof SpinJsonNode || b instanceof SpinJsonNode) {
            try {
                return JSON.readTree(a.toString()).equals(JSON.readTree(b.toString()));
            } catch (IOException e) {
                return false;
            }
        }
        return Objects.equals(a.toString(), b.toString());
    }

    private static Object unwrap(Object value) {
        return value instanceof TypedValue tv ? tv.getValue() : value;
    }

    private static Object field(Object target, String name) {
        try {
            Field f = findField(target.getClass(), name);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda command " + target.getClass().getName() + " has no field " + name, e);
        }
    }

    private static void setField(Object target, String name, Object value) {
        try {
            Field f = findField(target.getClass(), name);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda command " + target.getClass().getName() + " has no field " + name, e);
        }
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    static List<String> names(Collection<String> names) {
        return new ArrayList<>(names);
    }
}
