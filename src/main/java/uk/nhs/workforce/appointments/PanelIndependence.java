package uk.nhs.workforce.appointments;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * No one assesses a pool they are in (G 25, G 29 read with the Equality Act fairness of G 39). A panel
 * is named once and judges every pooled stage of its post, so a member pooled at stage 2 has an
 * interest in stage 1 finding nobody appointable: they are refused for the whole competition. The
 * SHA Chief Executive, pooled at CE stage 2 (G 23), is then replaced by their nominated deputy, who
 * must be outside the pools too. A member who declared a conflict of interest with a pooled candidate
 * needs a substitute.
 */
public final class PanelIndependence {

    private PanelIndependence() {
    }

    /**
     * The first refusal for the named panel, naming the form field, the member and the pool or candidate.
     *
     * @param members    form field to the member's id, in the form's order
     * @param pooled     employee id to the pool they are in ("Chief Executive stage-2 pool")
     * @param conflicts  member id to the pooled candidates they declared a conflict of interest with
     * @param name       how a person is named in a message: "Sam Shace (TQ-S01)"
     */
    public static Optional<String> refusal(Map<String, String> members, Map<String, String> pooled,
                                           Map<String, ? extends Collection<String>> conflicts,
                                           Function<String, String> name) {
        for (Map.Entry<String, String> m : members.entrySet()) {
            String id = m.getValue();
            if (id == null || id.isBlank()) {
                continue;
            }
            if (pooled.containsKey(id)) {
                return Optional.of(m.getKey() + ": " + name.apply(id) + " is in the " + pooled.get(id)
                        + " this panel judges, so cannot sit on it; name someone outside the pools"
                        + " (for the SHA Chief Executive, their nominated deputy, G 25)");
            }
            Collection<String> with = conflicts.containsKey(id) ? conflicts.get(id) : Set.of();
            for (String candidate : with) {
                if (pooled.containsKey(candidate)) {
                    return Optional.of(m.getKey() + ": " + name.apply(id) + " declared a conflict of interest with "
                            + name.apply(candidate) + ", who is in the " + pooled.get(candidate)
                            + "; name a substitute");
                }
            }
        }
        return Optional.empty();
    }

    /** Labels each pooled person with the first pool they are in, stage 1 before stage 2. */
    public static Map<String, String> pools(String post, Collection<String> stage1, Collection<String> stage2) {
        Map<String, String> pooled = new LinkedHashMap<>();
        stage1.forEach(id -> pooled.putIfAbsent(id, post + " stage-1 pool"));
        stage2.forEach(id -> pooled.putIfAbsent(id, post + " stage-2 pool"));
        return pooled;
    }
}
