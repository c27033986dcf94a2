package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.ExecutiveRole;

/**
 * The Chief Executive pools of G 23 (with G 24: seconded-out CEs stay eligible) as CONTRACT §4 states
 * them. Stage 3 is open competition and has no pool. Anyone already appointed in this process is
 * left out of every pool.
 */
public final class CeStagePools {

    private CeStagePools() {
    }

    /**
     * Stage 1: CLUSTER_FIRST the cluster's substantive PCT/care-trust CEs; REGION_FIRST those of the
     * region, or of the sub-region where the cluster's organisations have one.
     */
    public static List<Executive> stage1(PoolingOption option, Footprint footprint, PoolRoster roster,
                                         Set<String> alreadyAppointed) {
        List<Executive> ces = switch (option) {
            case CLUSTER_FIRST -> roster.substantive(ExecutiveRole.CHIEF_EXECUTIVE, footprint::inCluster);
            case REGION_FIRST -> roster.substantive(ExecutiveRole.CHIEF_EXECUTIVE,
                    PoolRoster.pct(footprint::inRegionOrSubRegion));
        };
        return PoolRoster.pool(ces, alreadyAppointed);
    }

    /**
     * Stage 2: the SHA CE, the SHA Directors and the ALB CEs who elected the region's pool, with
     * CLUSTER_FIRST all the region's substantive PCT/care-trust CEs and with REGION_FIRST, where
     * stage 1 was a sub-region, the region's other substantive PCT/care-trust CEs.
     */
    public static List<Executive> stage2(PoolingOption option, Footprint footprint, PoolRoster roster,
                                         Set<String> alreadyAppointed) {
        List<Executive> candidates = new ArrayList<>();
        candidates.addAll(roster.substantive(ExecutiveRole.CHIEF_EXECUTIVE, PoolRoster.sha(footprint)));
        candidates.addAll(roster.substantive(ExecutiveRole.DIRECTOR, PoolRoster.sha(footprint)));
        candidates.addAll(roster.albOptedIn(ExecutiveRole.CHIEF_EXECUTIVE, footprint.regionCode()));
        switch (option) {
            case CLUSTER_FIRST -> candidates.addAll(roster.substantive(ExecutiveRole.CHIEF_EXECUTIVE,
                    PoolRoster.pct(footprint::inRegion)));
            case REGION_FIRST -> {
                if (footprint.hasSubRegion()) {
                    candidates.addAll(roster.substantive(ExecutiveRole.CHIEF_EXECUTIVE,
                            PoolRoster.pct(o -> footprint.inRegion(o) && !footprint.inRegionOrSubRegion(o))));
                }
            }
        }
        return PoolRoster.pool(candidates, alreadyAppointed);
    }

    public static List<Executive> forStage(int stage, PoolingOption option, Footprint footprint,
                                           PoolRoster roster, Set<String> alreadyAppointed) {
        return switch (stage) {
            case 1 -> stage1(option, footprint, roster, alreadyAppointed);
            case 2 -> stage2(option, footprint, roster, alreadyAppointed);
            default -> List.of();
        };
    }
}
