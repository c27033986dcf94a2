package uk.nhs.workforce.appointments;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.ExecutiveRole;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.OrganisationType;

/** The organisations and executives the pool rules read, with the eligibility tests they share. */
public record PoolRoster(Map<String, Organisation> organisations, List<Executive> executives) {

    public PoolRoster {
        organisations = Map.copyOf(organisations);
        executives = List.copyOf(executives);
    }

    public static PoolRoster of(Collection<Organisation> organisations, Collection<Executive> executives) {
        Map<String, Organisation> byCode = new LinkedHashMap<>();
        organisations.forEach(o -> byCode.put(o.code(), o));
        return new PoolRoster(byCode, List.copyOf(executives));
    }

    public Organisation organisationOf(Executive e) {
        return organisations.get(e.organisationCode());
    }

    /**
     * Only substantive staff are pooled; someone seconded out of their substantive role still holds it
     * (G 24, G 28), whatever the roster's substantive flag says about the current secondment.
     */
    static boolean holdsSubstantivePost(Executive e) {
        return e.substantive() || e.secondedOut();
    }

    /** Executives holding a substantive post in the given role at an organisation that matches. */
    List<Executive> substantive(ExecutiveRole role, Predicate<Organisation> where) {
        return executives.stream()
                .filter(PoolRoster::holdsSubstantivePost)
                .filter(e -> e.role() == role)
                .filter(e -> where.test(organisationOf(e)))
                .toList();
    }

    /** ALB staff in the given role who elected the region's pool (G 23, G 27). */
    List<Executive> albOptedIn(ExecutiveRole role, String regionCode) {
        return substantive(role, o -> o != null && o.type() == OrganisationType.ALB).stream()
                .filter(e -> regionCode.equals(e.regionalPool()))
                .toList();
    }

    static Predicate<Organisation> pct(Predicate<Organisation> where) {
        return o -> o != null && o.type().isPct() && where.test(o);
    }

    static Predicate<Organisation> sha(Footprint footprint) {
        return o -> o != null && o.type() == OrganisationType.SHA && footprint.inRegion(o);
    }

    /** One entry per person, ascending by employee id, leaving out anyone in {@code excluded}. */
    static List<Executive> pool(Collection<Executive> candidates, Set<String> excluded) {
        Map<String, Executive> byId = new LinkedHashMap<>();
        candidates.stream()
                .filter(e -> !excluded.contains(e.employeeId()))
                .sorted(Comparator.comparing(Executive::employeeId))
                .forEach(e -> byId.putIfAbsent(e.employeeId(), e));
        return List.copyOf(byId.values());
    }
}
