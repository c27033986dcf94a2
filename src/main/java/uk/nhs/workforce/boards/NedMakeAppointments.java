package uk.nhs.workforce.boards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A 5.4: the appointments are made to each PCT board as a statutory entity, never to the cluster board: the
 * board_member rows of every PCT of the cluster are brought into line with the agreed composition. The
 * boards are read back and checked again, so {@code statutoryCheck} states the boards as they now stand.
 */
@Component("nedMakeAppointments")
public class NedMakeAppointments implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;

    public NedMakeAppointments(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards cluster = boards.cluster((String) execution.getVariable("clusterCode"));
        List<BoardSeat> seats = variables.readAppointments(execution, cluster);
        execution.setVariable("appointmentChanges", boards.applyComposition(cluster, seats));
        ClusterBoards now = boards.cluster(cluster.clusterCode());
        List<Breach> breaches = variables.write(execution, now, now.seats());
        if (!breaches.isEmpty()) {
            // the roster changed under the process (for example a vacancy): the composition must be agreed again
            throw new ProcessEngineException("statutoryCheck after making the appointments is not empty: " + breaches);
        }
        // the form starts empty (a prefilled list field keeps Tasklist's Complete disabled); the check on
        // completion adds the annual report and accounts to what each board keeps (A 5.5)
        Object schemes = variables.json(now.boards().stream().map(b -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", b.code());
            row.put("board", b.name());
            row.put("delegatedFunctions", "");
            row.put("retainedFunctions", "");
            row.put("accountability", "");
            return row;
        }).toList());
        execution.setVariable("schemesOfDelegation", schemes);
        execution.setVariable("schemesOfDelegationFor", schemes);
    }
}
