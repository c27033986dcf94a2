package uk.nhs.workforce.appointments;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Executive;

/**
 * Before the first user task: both CE stage pools as a preview for the consultation (G 21, G 23), and
 * the panel choices the SHA will need (G 25).
 */
@Component("previewCePools")
public class CePoolPreview implements JavaDelegate {

    private final AppointmentRoster roster;

    public CePoolPreview(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Footprint footprint = roster.footprint(VariableValues.text(execution, "clusterCode"));
        PoolingOption option = PoolingOption.valueOf(VariableValues.text(execution, "poolingOption"));
        PoolRoster pools = roster.poolRoster();
        List<Executive> stage1 = CeStagePools.stage1(option, footprint, pools, Set.of());
        List<Executive> stage2 = CeStagePools.stage2(option, footprint, pools, Set.of());
        execution.setVariable("ceStage1Pool", VariableValues.joined(CandidateList.ids(stage1)));
        execution.setVariable("ceStage2Pool", VariableValues.joined(CandidateList.ids(stage2)));
        execution.setVariable("ceStage1PoolSummary", CandidateList.summary(stage1, pools, "_nobody_"));
        execution.setVariable("ceStage2PoolSummary", CandidateList.summary(stage2, pools, "_nobody_"));
        execution.setVariable("stage", 1);
        execution.setVariable("postTitle", "Chief Executive");
        PanelChoices.set(execution, footprint, pools, roster.constituentBoards(footprint));
    }
}
