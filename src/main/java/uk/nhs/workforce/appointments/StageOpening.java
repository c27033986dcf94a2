package uk.nhs.workforce.appointments;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Executive;

/**
 * Opens a recruitment stage: recomputes its pool from the roster as it stands now (G 23 for the Chief
 * Executive, G 27 for a Director post), leaving out anyone already appointed in this process. For
 * the Chief Executive it also refreshes the contract's ceStage1Pool / ceStage2Pool.
 */
@Component("openRecruitmentStage")
public class StageOpening implements JavaDelegate {

    private final AppointmentRoster roster;

    public StageOpening(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int stage = ((Number) execution.getVariable("stage")).intValue();
        Footprint footprint = roster.footprint(VariableValues.text(execution, "clusterCode"));
        PoolingOption option = PoolingOption.valueOf(VariableValues.text(execution, "poolingOption"));
        PoolRoster pools = roster.poolRoster();
        boolean director = execution.hasVariable("directorPost");
        List<Executive> pool;
        if (director) {
            Set<String> appointed = DirectorRecruitmentStart.alreadyAppointed(execution);
            pool = DirectorStagePools.forStage(stage, option, footprint, pools,
                    Set.copyOf(VariableValues.list(execution, "ceStage1Pool")), appointed);
        } else {
            pool = CeStagePools.forStage(stage, option, footprint, pools, Set.of());
            if (stage < 3) {
                execution.setVariable("ceStage" + stage + "Pool", VariableValues.joined(CandidateList.ids(pool)));
            }
        }
        execution.setVariable("openCompetition", stage >= 3);
        execution.setVariable("poolEmpty", stage < 3 && pool.isEmpty());
        execution.setVariable("currentPool", VariableValues.joined(CandidateList.ids(pool)));
        execution.setVariable("candidateOptions", VariableValues.json(CandidateList.options(pool, pools)));
        execution.setVariable("candidateSummary", CandidateList.summary(pool, pools, "_Nobody is in this pool._"));
        Set<String> pooled = new LinkedHashSet<>(VariableValues.list(execution, "pooledEmployees"));
        pooled.addAll(CandidateList.ids(pool));
        execution.setVariable("pooledEmployees", VariableValues.joined(List.copyOf(pooled)));
    }
}
