package uk.nhs.workforce.boards;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.Organisation;

/**
 * Step 1: snapshots the cluster's PCT boards from the roster and checks them (A 3.3), so breaches that already
 * stand are visible from the first task. The snapshot ({@code appointmentsBefore}) is what "before" means
 * for office holders leaving (A 5.3), the Commission's involvement (A 3.5) and equality (G 39).
 */
@Component("nedSnapshotBoards")
public class NedSnapshotBoards implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;

    public NedSnapshotBoards(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards cluster = boards.cluster((String) execution.getVariable("clusterCode"));
        variables.writeOptions(execution, cluster);
        variables.write(execution, cluster, cluster.seats());
        execution.setVariable("appointmentsBefore", execution.getVariable("appointments"));
        execution.setVariable("boardsTableBefore", execution.getVariable("boardsTable"));
        execution.setVariable("peopleBefore", variables.json(cluster.people().values()));
        execution.setVariable("careTrustExecutiveInfo", careTrustExecutiveInfo(cluster));
    }

    /**
     * A 3.3's executive-team rule for care trusts is applied by the appointments process; here its current
     * state is shown for information only.
     */
    private String careTrustExecutiveInfo(ClusterBoards cluster) {
        List<Organisation> careTrusts = cluster.boards().stream().filter(b -> b.type().isCareTrust()).toList();
        if (careTrusts.isEmpty()) {
            return "No care trust in this cluster: the care trust executive-team rule (A 3.3) does not apply.";
        }
        List<Executive> experienced = boards.register()
                .executivesOf(cluster.boards().stream().map(Organisation::code).toList()).stream()
                .filter(Executive::laHealthExperience).toList();
        String trusts = careTrusts.stream().map(Organisation::name).collect(Collectors.joining(", "));
        return experienced.isEmpty()
                ? "For information (A 3.3, applied by the cluster executive appointment process): no executive of the cluster's "
                        + "organisations is recorded with experience of the local authority's health-related functions for " + trusts + "."
                : "For information (A 3.3, applied by the cluster executive appointment process): executives with experience of the "
                        + "local authority's health-related functions for " + trusts + ": "
                        + experienced.stream().map(Executive::name).collect(Collectors.joining(", ")) + ".";
    }
}
