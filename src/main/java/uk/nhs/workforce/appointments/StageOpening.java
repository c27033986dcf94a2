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
 * Executive, G 27 for a Director post) for the agreed pooling option, leaving out anyone reserved for
 * or appointed to a post anywhere. For the Chief Executive it also refreshes the contract's
 * ceStage1Pool / ceStage2Pool.
 */
@Component("openRecruitmentStage")
public class StageOpening implements JavaDelegate {

    private final CompetitionPools competition;

    public StageOpening(CompetitionPools competition) {
        this.competition = competition;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int stage = ((Number) execution.getVariable("stage")).intValue();
        CompetitionPools.Pools pools = competition.of(execution);
        List<Executive> pool = pools.stage(stage);
        if (!execution.hasVariable("directorPost") && stage < 3) {
            execution.setVariable("ceStage" + stage + "Pool", VariableValues.joined(CandidateList.ids(pool)));
        }
        execution.setVariable("openCompetition", stage >= 3);
        execution.setVariable("poolEmpty", stage < 3 && pool.isEmpty());
        execution.setVariable("currentPool", VariableValues.joined(CandidateList.ids(pool)));
        execution.setVariable("candidateOptions", VariableValues.json(CandidateList.options(pool, pools.roster())));
        execution.setVariable("candidateSummary", CandidateList.summary(pool, pools.roster(), "_Nobody is in this pool._"));
        Set<String> pooled = new LinkedHashSet<>(VariableValues.list(execution, "pooledEmployees"));
        pooled.addAll(CandidateList.ids(pool));
        execution.setVariable("pooledEmployees", VariableValues.joined(List.copyOf(pooled)));
    }
}
