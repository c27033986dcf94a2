package uk.nhs.workforce.rosters;

import java.math.BigDecimal;
import java.util.List;

/** A row of the organisations roster (CONTRACT §3). */
public record Organisation(
        String code,
        String name,
        OrganisationType type,
        String regionCode,
        String subRegionCode,
        String clusterCode,
        BigDecimal weightedPopulation,
        List<String> localAuthorities) {

    public Organisation {
        localAuthorities = localAuthorities == null ? List.of() : List.copyOf(localAuthorities);
    }
}
