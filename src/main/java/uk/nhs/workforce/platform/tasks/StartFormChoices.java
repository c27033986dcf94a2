package uk.nhs.workforce.platform.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.OrganisationType;
import uk.nhs.workforce.rosters.Register;

/**
 * What a start form offers to choose from instead of a typed code: the clusters, employers, PCT boards
 * and award holders on the rosters, by name. A user who is a member of tenants (organisations) is
 * offered only theirs: an employer by its own code, a cluster or a PCT board by the SHA of its region.
 * Administrators, and users of a deployment without tenants, are offered all. The start itself still
 * checks every code against the rosters: this only saves typing.
 */
@Component
public class StartFormChoices {

    /** One option of a select: what the user reads, and the code sent. */
    public record Choice(String label, String value) {
    }

    private final Register register;

    public StartFormChoices(Register register) {
        this.register = register;
    }

    /**
     * The options for a start form field, or an empty list where the field is not one offered.
     *
     * @param field      the field's key (clusterCode, employerCode, organisationCode, employeeId)
     * @param processKey the process being started (which award holders an employeeId may name)
     * @param tenants    the user's tenants; null for all (administrators, deployments without tenants)
     */
    public List<Choice> choices(String field, String processKey, Collection<String> tenants) {
        List<Organisation> organisations = register.allOrganisations();
        Map<String, String> shaOfRegion = organisations.stream().filter(o -> o.type() == OrganisationType.SHA && o.regionCode() != null)
                .collect(Collectors.toMap(Organisation::regionCode, Organisation::code, (a, b) -> a));
        return switch (field == null ? "" : field) {
            case "clusterCode" -> clusters(organisations, shaOfRegion, tenants);
            case "organisationCode" -> organisations.stream().filter(o -> o.type().isPct())
                    .filter(o -> allowed(tenants, shaOfRegion.get(o.regionCode())))
                    .map(o -> new Choice(o.name() + " (" + o.code() + ")", o.code())).toList();
            case "employerCode" -> employers(organisations, tenants);
            case "employeeId" -> consultants(processKey, organisations, tenants);
            default -> List.of();
        };
    }

    private List<Choice> clusters(List<Organisation> organisations, Map<String, String> shaOfRegion, Collection<String> tenants) {
        Map<String, List<String>> members = new TreeMap<>();
        Map<String, String> region = new LinkedHashMap<>();
        for (Organisation o : organisations) {
            if (o.type().isPct() && o.clusterCode() != null) {
                members.computeIfAbsent(o.clusterCode(), c -> new ArrayList<>()).add(o.name());
                region.putIfAbsent(o.clusterCode(), o.regionCode());
            }
        }
        List<Choice> result = new ArrayList<>();
        members.forEach((cluster, names) -> {
            if (allowed(tenants, shaOfRegion.get(region.get(cluster)))) {
                result.add(new Choice(cluster + ": " + String.join(", ", names), cluster));
            }
        });
        return result;
    }

    private List<Choice> employers(List<Organisation> organisations, Collection<String> tenants) {
        Map<String, String> names = organisations.stream().collect(Collectors.toMap(Organisation::code, Organisation::name));
        return register.employersWithConsultants().stream().filter(code -> allowed(tenants, code))
                .map(code -> new Choice(names.getOrDefault(code, code) + " (" + code + ")", code)).toList();
    }

    private List<Choice> consultants(String processKey, List<Organisation> organisations, Collection<String> tenants) {
        Map<String, String> names = organisations.stream().collect(Collectors.toMap(Organisation::code, Organisation::name));
        List<Choice> result = new ArrayList<>();
        for (String employer : register.employersWithConsultants()) {
            if (!allowed(tenants, employer)) {
                continue;
            }
            for (Consultant c : register.consultantsOf(employer)) {
                boolean holder = switch (processKey == null ? "" : processKey) {
                    case "existing-lcea-review" -> c.lceaLevel() != null;
                    case "ncea-renewal-reversion" -> c.ncea() != null;
                    default -> true;
                };
                if (holder) {
                    String held = c.ncea() != null && "ncea-renewal-reversion".equals(processKey) ? ", NCEA " + c.ncea()
                            : c.lceaLevel() != null ? ", LCEA level " + c.lceaLevel() : "";
                    result.add(new Choice(c.name() + " (" + c.employeeId() + "), " + names.getOrDefault(employer, employer) + held,
                            c.employeeId()));
                }
            }
        }
        return result;
    }

    private static boolean allowed(Collection<String> tenants, String tenant) {
        return tenants == null || (tenant != null && tenants.contains(tenant));
    }

    /** The tenants a user is limited to: null (all) for administrators and users in no tenant. */
    public static Collection<String> limitTo(Collection<String> tenantIds, Collection<String> groupIds) {
        if (groupIds != null && groupIds.contains("camunda-admin")) {
            return null;
        }
        return tenantIds == null || tenantIds.isEmpty() ? null : Set.copyOf(tenantIds);
    }
}
