package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import uk.nhs.workforce.rosters.Portfolio;

/**
 * The start inputs of cluster-executive-appointment (CONTRACT §4), checked before anything happens.
 * Every refusal names the variable.
 */
public record AppointmentRequest(String clusterCode, PoolingOption poolingOption, List<Portfolio> directorPosts,
                                 boolean establishedArrangements) {

    /**
     * Evidence that only its giver may record (G 7 sign-off, G 20 agreement to revisit): never a start
     * input, so SHA HR cannot tick it away.
     */
    static final List<String> NOT_START_INPUTS = List.of("configurationSignedOff", "revisitAgreed");

    public static AppointmentRequest of(Object clusterCode, Object poolingOption, Collection<String> directorPosts,
                                        Object establishedArrangements) {
        if (!(clusterCode instanceof String code) || code.isBlank()) {
            throw new IllegalArgumentException("clusterCode: a cluster code (String) is required");
        }
        PoolingOption option;
        try {
            option = PoolingOption.valueOf(String.valueOf(poolingOption));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("poolingOption: must be CLUSTER_FIRST or REGION_FIRST, was '"
                    + poolingOption + "'");
        }
        if (directorPosts == null || directorPosts.isEmpty()) {
            throw new IllegalArgumentException("directorPosts: a comma-separated list of director posts is required"
                    + " and must include " + Portfolio.MANDATORY);
        }
        Set<Portfolio> posts = new LinkedHashSet<>();
        for (String raw : directorPosts) {
            try {
                posts.add(Portfolio.valueOf(raw.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("directorPosts: unknown post '" + raw.trim() + "', expected one of "
                        + List.of(Portfolio.values()));
            }
        }
        Set<Portfolio> missing = EnumSet.copyOf(Portfolio.MANDATORY);
        missing.removeAll(posts);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("directorPosts: must include " + Portfolio.MANDATORY
                    + " (G 6); missing " + missing);
        }
        return new AppointmentRequest(code.trim(), option, new ArrayList<>(posts),
                flag("establishedArrangements", establishedArrangements));
    }

    public String directorPostsText() {
        return String.join(",", directorPosts.stream().map(Enum::name).toList());
    }

    private static boolean flag(String name, Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equalsIgnoreCase(String.valueOf(value)) || "false".equalsIgnoreCase(String.valueOf(value))) {
            return Boolean.parseBoolean(String.valueOf(value));
        }
        throw new IllegalArgumentException(name + ": must be true or false, was '" + value + "'");
    }
}
