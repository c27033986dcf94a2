package uk.nhs.workforce.appointments;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import uk.nhs.workforce.rosters.Organisation;

/**
 * Where a cluster sits: its constituent PCTs and care trusts, "the region" (their region) and
 * "the sub-region" (the sub-regions its organisations have, if any), as the pool rules of G 23 and
 * G 27 use them.
 */
public record Footprint(String clusterCode, String regionCode, Set<String> subRegionCodes,
                        List<Organisation> constituents) {

    public Footprint {
        subRegionCodes = Set.copyOf(subRegionCodes);
        constituents = List.copyOf(constituents);
    }

    /**
     * @throws IllegalArgumentException naming the cluster when no PCT or care trust belongs to it
     */
    public static Footprint of(String clusterCode, Collection<Organisation> organisations) {
        List<Organisation> constituents = organisations.stream()
                .filter(o -> clusterCode.equals(o.clusterCode()) && o.type().isPct())
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        if (constituents.isEmpty()) {
            throw new IllegalArgumentException("clusterCode: unknown cluster '" + clusterCode
                    + "' (no PCT or care trust on the organisations roster belongs to it)");
        }
        Set<String> regions = new TreeSet<>();
        Set<String> subRegions = new TreeSet<>();
        for (Organisation o : constituents) {
            if (o.regionCode() != null) {
                regions.add(o.regionCode());
            }
            if (o.subRegionCode() != null && !o.subRegionCode().isBlank()) {
                subRegions.add(o.subRegionCode());
            }
        }
        if (regions.size() != 1) {
            throw new IllegalArgumentException("clusterCode: cluster '" + clusterCode
                    + "' must lie in exactly one region (SHA area), found " + regions);
        }
        return new Footprint(clusterCode, regions.iterator().next(), subRegions, constituents);
    }

    public Set<String> constituentCodes() {
        Set<String> codes = new TreeSet<>();
        constituents.forEach(o -> codes.add(o.code()));
        return codes;
    }

    public boolean inCluster(Organisation o) {
        return o != null && clusterCode.equals(o.clusterCode()) && o.type().isPct();
    }

    public boolean inRegion(Organisation o) {
        return o != null && Objects.equals(regionCode, o.regionCode());
    }

    /** The region, narrowed to the cluster's sub-region(s) where its organisations have one (G 23). */
    public boolean inRegionOrSubRegion(Organisation o) {
        return inRegion(o) && (subRegionCodes.isEmpty() || subRegionCodes.contains(o.subRegionCode()));
    }

    public boolean hasSubRegion() {
        return !subRegionCodes.isEmpty();
    }

    public boolean hasCareTrust() {
        return constituents.stream().anyMatch(o -> o.type().isCareTrust());
    }
}
