package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.ExecutiveRole;
import uk.nhs.workforce.rosters.Organisation;

/**
 * The Director pools of G 27 (with G 28: seconded-out Directors stay eligible) as CONTRACT §4 states
 * them. The same pool serves every post: the seed does not filter by portfolio, forms show it.
 * Stage 3 is open competition. Anyone already appointed in this process is left out.
 */
public final class DirectorStagePools {

    private DirectorStagePools() {
    }

    /**
     * Stage 1: substantive PCT/care-trust Directors and the CEs unsuccessful at CE stage 1, within the
     * cluster (CLUSTER_FIRST) or the region or sub-region (REGION_FIRST).
     *
     * @param ceStage1Pool the employee ids pooled at CE stage 1; those not appointed were unsuccessful
     */
    public static List<Executive> stage1(PoolingOption option, Footprint footprint, PoolRoster roster,
                                         Set<String> ceStage1Pool, Set<String> alreadyAppointed) {
        var where = switch (option) {
            case CLUSTER_FIRST -> (Predicate<Organisation>) footprint::inCluster;
            case REGION_FIRST -> PoolRoster.pct(footprint::inRegionOrSubRegion);
        };
        List<Executive> candidates = new ArrayList<>(roster.substantive(ExecutiveRole.DIRECTOR, where));
        roster.substantive(ExecutiveRole.CHIEF_EXECUTIVE, where).stream()
                .filter(ce -> ceStage1Pool.contains(ce.employeeId()))
                .forEach(candidates::add);
        return PoolRoster.pool(candidates, alreadyAppointed);
    }

    /**
     * Stage 2: SHA Associate Directors of the region and ALB Directors who elected its pool, and with
     * CLUSTER_FIRST also the region's substantive PCT/care-trust Directors.
     */
    public static List<Executive> stage2(PoolingOption option, Footprint footprint, PoolRoster roster,
                                         Set<String> alreadyAppointed) {
        List<Executive> candidates = new ArrayList<>();
        candidates.addAll(roster.substantive(ExecutiveRole.ASSOCIATE_DIRECTOR, PoolRoster.sha(footprint)));
        candidates.addAll(roster.albOptedIn(ExecutiveRole.DIRECTOR, footprint.regionCode()));
        if (option == PoolingOption.CLUSTER_FIRST) {
            candidates.addAll(roster.substantive(ExecutiveRole.DIRECTOR, PoolRoster.pct(footprint::inRegion)));
        }
        return PoolRoster.pool(candidates, alreadyAppointed);
    }

    public static List<Executive> forStage(int stage, PoolingOption option, Footprint footprint,
                                           PoolRoster roster, Set<String> ceStage1Pool,
                                           Set<String> alreadyAppointed) {
        return switch (stage) {
            case 1 -> stage1(option, footprint, roster, ceStage1Pool, alreadyAppointed);
            case 2 -> stage2(option, footprint, roster, alreadyAppointed);
            default -> List.of();
        };
    }
}
