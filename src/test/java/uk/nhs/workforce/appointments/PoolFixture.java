package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.ExecutiveRole;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.OrganisationType;
import uk.nhs.workforce.rosters.Portfolio;
import uk.nhs.workforce.rosters.Sex;

/**
 * A small region for the pool rules: region R1 with sub-regions R1-N (cluster CN: P1, CT1 care trust;
 * cluster CN2: P2) and R1-S (cluster CS: P3), SHA S1, an ALB, and a PCT P9 in another region R2.
 */
final class PoolFixture {

    final List<Organisation> organisations = new ArrayList<>(List.of(
            org("P1", OrganisationType.PCT, "R1", "R1-N", "CN"),
            org("CT1", OrganisationType.CARE_TRUST, "R1", "R1-N", "CN"),
            org("P2", OrganisationType.PCT, "R1", "R1-N", "CN2"),
            org("P3", OrganisationType.PCT, "R1", "R1-S", "CS"),
            org("S1", OrganisationType.SHA, "R1", null, null),
            org("ALB", OrganisationType.ALB, null, null, null),
            org("P9", OrganisationType.PCT, "R2", "R2-X", "CX"),
            org("S2", OrganisationType.SHA, "R2", null, null)));

    final List<Executive> executives = new ArrayList<>();

    static Organisation org(String code, OrganisationType type, String region, String subRegion, String cluster) {
        return new Organisation(code, code + " name", type, region, subRegion, cluster, null,
                type.isCareTrust() ? List.of("LA1") : List.of());
    }

    PoolFixture add(String id, String org, ExecutiveRole role) {
        return add(id, org, role, null, true, false, null);
    }

    PoolFixture add(String id, String org, ExecutiveRole role, Portfolio portfolio, boolean substantive,
                    boolean secondedOut, String regionalPool) {
        executives.add(new Executive(id, "Name " + id, Sex.F, EthnicGroup.WHITE, null, org, role, portfolio,
                substantive, secondedOut, regionalPool, false, false, false));
        return this;
    }

    PoolRoster roster() {
        return PoolRoster.of(organisations, executives);
    }

    Footprint footprint(String cluster) {
        return Footprint.of(cluster, organisations);
    }

    static List<String> ids(List<Executive> pool) {
        return pool.stream().map(Executive::employeeId).toList();
    }
}
