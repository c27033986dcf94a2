package uk.nhs.workforce.appointments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.Organisation;

/**
 * After the SHA has chosen the pooling option with its PCTs and the Social Partnership Forum (G 21):
 * the Chief Executive pools are recomputed for that option, and, as the staff consultation commences
 * (G 34), every PCT or care-trust CE and Director in any pool of this appointment (CE and Director,
 * stages 1 and 2) is declared "at risk" with the reason; their employers, other clusters' PCTs
 * included, consult them (G 22).
 */
@Component("applyPoolingOption")
public class AtRiskDeclaration implements JavaDelegate {

    private final CompetitionPools competition;

    public AtRiskDeclaration(CompetitionPools competition) {
        this.competition = competition;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cluster = VariableValues.text(execution, "clusterCode");
        PoolingOption option = CompetitionPools.option(execution);
        CompetitionPools.Pools ce = competition.chiefExecutive(cluster, option);
        execution.setVariable("ceStage1Pool", VariableValues.joined(CandidateList.ids(ce.stage1())));
        execution.setVariable("ceStage2Pool", VariableValues.joined(CandidateList.ids(ce.stage2())));
        execution.setVariable("ceStage1PoolSummary", CandidateList.summary(ce.stage1(), ce.roster(), "_nobody_"));
        execution.setVariable("ceStage2PoolSummary", CandidateList.summary(ce.stage2(), ce.roster(), "_nobody_"));
        CompetitionPools.Pools directors = competition.director(cluster, option,
                Set.copyOf(CandidateList.ids(ce.stage1())), null);

        Map<String, String> reasons = new LinkedHashMap<>();
        addAffected(reasons, ce.stage1(), ce.roster(), cluster, "Chief Executive stage-1 pool");
        addAffected(reasons, ce.stage2(), ce.roster(), cluster, "Chief Executive stage-2 pool");
        addAffected(reasons, directors.stage1(), ce.roster(), cluster, "Director stage-1 pool");
        addAffected(reasons, directors.stage2(), ce.roster(), cluster, "Director stage-2 pool");
        competition.register().declareAtRisk(execution.getProcessInstanceId(), cluster, reasons);

        Set<String> employers = new TreeSet<>(ce.footprint().constituentCodes());
        reasons.keySet().forEach(id -> ce.roster().executives().stream().filter(e -> e.employeeId().equals(id))
                .findFirst().ifPresent(e -> employers.add(e.organisationCode())));
        execution.setVariable("atRiskEmployees", VariableValues.joined(List.copyOf(reasons.keySet())));
        execution.setVariable("consultingEmployers", VariableValues.joined(List.copyOf(employers)));
        StringBuilder summary = new StringBuilder();
        reasons.forEach((id, why) -> ce.roster().executives().stream().filter(e -> e.employeeId().equals(id)).findFirst()
                .ifPresent(e -> summary.append("- ").append(CandidateList.label(e, ce.roster())).append(": ")
                        .append(why).append('\n')));
        execution.setVariable("atRiskSummary", summary.isEmpty() ? "_Nobody is at risk._" : summary.toString());
    }

    /**
     * G 34 "all affected CEs and Directors": the PCT and care-trust post-holders pooled. SHA and ALB
     * staff in the stage-2 pools are eligible but their posts are not changed by clustering.
     */
    private static void addAffected(Map<String, String> reasons, List<Executive> pool, PoolRoster roster,
                                    String cluster, String which) {
        for (Executive e : pool) {
            Organisation org = roster.organisationOf(e);
            if (org != null && org.type().isPct()) {
                String suffix = " of cluster " + cluster + " (G 34)";
                reasons.merge(e.employeeId(), "pooled: " + which + suffix,
                        (a, b) -> a.substring(0, a.length() - suffix.length()) + ", " + which + suffix);
            }
        }
    }
}
