package uk.nhs.workforce.appointments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Executive;

/**
 * The stage pools of one competition as they stand now: the roster read afresh, the agreed pooling
 * option, and everyone reserved for or appointed to a post anywhere left out (G 23, G 27: one person,
 * one post, parallel posts and other clusters included).
 */
@Component
public class CompetitionPools {

    /** Both pooled stages of a competition (stage 3 is open competition and has no pool). */
    public record Pools(Footprint footprint, PoolRoster roster, PoolingOption option, List<Executive> stage1,
                        List<Executive> stage2) {

        public List<Executive> stage(int stage) {
            return switch (stage) {
                case 1 -> stage1;
                case 2 -> stage2;
                default -> List.of();
            };
        }
    }

    private final AppointmentRoster roster;
    private final AppointmentRegister register;

    public CompetitionPools(AppointmentRoster roster, AppointmentRegister register) {
        this.roster = roster;
        this.register = register;
    }

    /** The option agreed after consultation (G 21), or until then the SHA's proposal at the start. */
    public static PoolingOption option(VariableScope scope) {
        String agreed = VariableValues.text(scope, "agreedPoolingOption");
        return PoolingOption.valueOf(agreed != null && !agreed.isBlank() ? agreed
                : VariableValues.text(scope, "poolingOption"));
    }

    public Pools chiefExecutive(String clusterCode, PoolingOption option) {
        Footprint footprint = roster.footprint(clusterCode);
        PoolRoster pools = roster.poolRoster();
        Set<String> held = register.holdings().keySet();
        return new Pools(footprint, pools, option, CeStagePools.stage1(option, footprint, pools, held),
                CeStagePools.stage2(option, footprint, pools, held));
    }

    /**
     * @param ceStage1Pool those pooled at CE stage 1: the ones not appointed anywhere were unsuccessful
     * @param appointedChiefExecutive the cluster CE, never pooled for a Director post
     */
    public Pools director(String clusterCode, PoolingOption option, Set<String> ceStage1Pool,
                          String appointedChiefExecutive) {
        Footprint footprint = roster.footprint(clusterCode);
        PoolRoster pools = roster.poolRoster();
        Set<String> excluded = new HashSet<>(register.holdings().keySet());
        if (appointedChiefExecutive != null) {
            excluded.add(appointedChiefExecutive);
        }
        return new Pools(footprint, pools, option,
                DirectorStagePools.stage1(option, footprint, pools, ceStage1Pool, excluded),
                DirectorStagePools.stage2(option, footprint, pools, excluded));
    }

    /** The pools of the competition this execution runs: a Director post's or the Chief Executive's. */
    public Pools of(VariableScope scope) {
        String cluster = VariableValues.text(scope, "clusterCode");
        if (scope.hasVariable("directorPost")) {
            return director(cluster, option(scope), Set.copyOf(VariableValues.list(scope, "ceStage1Pool")),
                    VariableValues.text(scope, "appointedChiefExecutive"));
        }
        return chiefExecutive(cluster, option(scope));
    }

    public AppointmentRegister register() {
        return register;
    }
}
