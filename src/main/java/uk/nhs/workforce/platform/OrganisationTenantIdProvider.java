package uk.nhs.workforce.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TenantManager;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives every new process instance its organisation's tenant (CONTRACT §2a), read from the rosters:
 * Schedule 30 is per employing organisation, so awards processes belong to the employer; the
 * appointments (G 19-39) and NED changes (Appendix A) are the SHA's, so those belong to the SHA of
 * the cluster's region. Definitions, decisions and forms are deployed without a tenant and shared.
 * An instance whose organisation cannot be found does not start: the error names the variable.
 * A user who is not a member of that tenant (and not an administrator) may not start it either,
 * since they could not see what they started.
 */
@Component
public class OrganisationTenantIdProvider implements TenantIdProvider {

    private final JdbcTemplate jdbc;
    private final Map<String, Function<VariableMap, String>> byProcess;

    public OrganisationTenantIdProvider(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        Function<VariableMap, String> employer = v -> employer(text(v, "employerCode"), "employerCode");
        Function<VariableMap, String> employerOfConsultant = v -> employerOfConsultant(text(v, "employeeId"));
        Function<VariableMap, String> shaOfCluster = v -> shaOfCluster(text(v, "clusterCode"));
        this.byProcess = Map.of(
                ProcessAccess.LCEA_ROUND, employer,
                ProcessAccess.NCEA, employerOfConsultant,
                ProcessAccess.LCEA_REVIEW, employerOfConsultant,
                ProcessAccess.APPOINTMENT, shaOfCluster,
                ProcessAccess.DIRECTOR_RECRUITMENT, shaOfCluster,
                ProcessAccess.NED, shaOfCluster,
                ProcessAccess.VACANCY, v -> shaOfBoard(text(v, "organisationCode")));
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution parent = ctx.getSuperExecution();
        if (parent != null && parent.getTenantId() != null) {
            return parent.getTenantId(); // a called process (a Director recruitment) is its caller's case
        }
        Function<VariableMap, String> rule = byProcess.get(ctx.getProcessDefinition().getKey());
        if (rule == null) {
            return null; // national processes, such as the yearly round scheduler, belong to no organisation
        }
        String tenantId = rule.apply(ctx.getVariables());
        requireStarterIsMember(tenantId, ctx.getProcessDefinition().getKey());
        return tenantId;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        // a decision evaluated in a case is that case's; one evaluated on its own (REST) belongs to nobody
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }

    private static void requireStarterIsMember(String tenantId, String processKey) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            return;
        }
        TenantManager tenants = command.getTenantManager();
        if (tenants.isTenantCheckEnabled() && command.getAuthentication().getTenantIds() != null
                && !tenants.isAuthenticatedTenant(tenantId)) {
            throw new ProcessEngineException("user '" + command.getAuthenticatedUserId() + "' may not start "
                    + processKey + " for " + tenantId + ": they are not a member of the tenant " + tenantId);
        }
    }

    private String employer(String code, String variable) {
        if (code == null) {
            throw new ProcessEngineException(variable + " is required: the employing organisation whose case this is");
        }
        if (count("SELECT COUNT(*) FROM organisation WHERE code = ?", code) == 0) {
            throw new ProcessEngineException(variable + " '" + code + "' is not an organisation on the roster");
        }
        return code;
    }

    private String employerOfConsultant(String employeeId) {
        if (employeeId == null) {
            throw new ProcessEngineException("employeeId is required: the consultant whose case this is");
        }
        List<String> employer = jdbc.queryForList("SELECT employer_code FROM consultant WHERE employee_id = ?",
                String.class, employeeId);
        if (employer.isEmpty()) {
            throw new ProcessEngineException("employeeId '" + employeeId + "' is not a consultant on the roster");
        }
        return employer.get(0);
    }

    private String shaOfCluster(String clusterCode) {
        if (clusterCode == null) {
            throw new ProcessEngineException("clusterCode is required: the PCT cluster whose case this is");
        }
        List<String> regions = jdbc.queryForList("SELECT DISTINCT region_code FROM organisation "
                + "WHERE cluster_code = ? AND region_code IS NOT NULL ORDER BY region_code", String.class, clusterCode);
        if (regions.isEmpty()) {
            throw new ProcessEngineException("clusterCode '" + clusterCode
                    + "' names no cluster with a region on the organisations roster");
        }
        if (regions.size() > 1) {
            throw new ProcessEngineException("clusterCode '" + clusterCode + "' spans the regions " + regions
                    + ": a cluster's organisations must be in one SHA's region");
        }
        return shaOfRegion(regions.get(0), "clusterCode '" + clusterCode + "'");
    }

    private String shaOfBoard(String organisationCode) {
        if (organisationCode == null) {
            throw new ProcessEngineException("organisationCode is required: the PCT board with the vacancy");
        }
        List<String> region = jdbc.queryForList("SELECT region_code FROM organisation WHERE code = ? AND region_code IS NOT NULL",
                String.class, organisationCode);
        if (region.isEmpty()) {
            throw new ProcessEngineException("organisationCode '" + organisationCode
                    + "' is not an organisation with a region on the roster");
        }
        return shaOfRegion(region.get(0), "organisationCode '" + organisationCode + "'");
    }

    private String shaOfRegion(String region, String what) {
        List<String> shas = jdbc.queryForList("SELECT code FROM organisation WHERE type = 'SHA' AND region_code = ? ORDER BY code",
                String.class, region);
        if (shas.size() != 1) {
            throw new ProcessEngineException(what + " is in region " + region + ", which has "
                    + (shas.isEmpty() ? "no SHA" : "more than one SHA " + shas)
                    + " on the organisations roster: the case belongs to the SHA of its region");
        }
        return shas.get(0);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private static String text(VariableMap variables, String name) {
        Object value = variables == null ? null : variables.get(name);
        String text = value == null ? null : value.toString().trim();
        return text == null || text.isEmpty() ? null : text;
    }
}
