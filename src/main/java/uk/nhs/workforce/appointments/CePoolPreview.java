package uk.nhs.workforce.appointments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Before the first user task: both CE stage pools for the SHA's proposed option, as a preview for
 * the consultation (G 21, G 23), and the panel choices the SHA will need (G 25).
 */
@Component("previewCePools")
public class CePoolPreview implements JavaDelegate {

    private final CompetitionPools competition;
    private final AppointmentRoster roster;

    public CePoolPreview(CompetitionPools competition, AppointmentRoster roster) {
        this.competition = competition;
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CompetitionPools.Pools pools = competition.chiefExecutive(VariableValues.text(execution, "clusterCode"),
                CompetitionPools.option(execution));
        execution.setVariable("ceStage1Pool", VariableValues.joined(CandidateList.ids(pools.stage1())));
        execution.setVariable("ceStage2Pool", VariableValues.joined(CandidateList.ids(pools.stage2())));
        execution.setVariable("ceStage1PoolSummary", CandidateList.summary(pools.stage1(), pools.roster(), "_nobody_"));
        execution.setVariable("ceStage2PoolSummary", CandidateList.summary(pools.stage2(), pools.roster(), "_nobody_"));
        execution.setVariable("stage", 1);
        execution.setVariable("postTitle", "Chief Executive");
        PanelChoices.set(execution, pools.footprint(), pools.roster(), roster.constituentBoards(pools.footprint()));
    }
}
