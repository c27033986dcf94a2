package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A 5.3, 5.4: once the Commission has decided, the terminations it made are recorded with the two-year
 * disqualification, and the appointments are made to each PCT board as a statutory entity, never to the cluster
 * board. Appointments that end are kept with their end date and reason. The boards are read back and checked
 * again, so {@code statutoryCheck} states the boards as they now stand.
 */
@Component("nedMakeAppointments")
public class NedMakeAppointments implements JavaDelegate {

    /**
     * The end of a new person's term: A 5.7 asks for "sustainable models up until April 2013"; the standing
     * of a person already on the cluster's boards keeps their own term.
     */
    static final LocalDate NEW_TERM_END = LocalDate.of(2013, 3, 31);

    private final BoardsRepository boards;
    private final CompositionVariables variables;
    private final OfficeHolders officeHolders = new OfficeHolders();

    public NedMakeAppointments(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards cluster = variables.caseCluster(execution, boards);
        List<BoardSeat> seats = variables.readAppointments(execution, cluster);
        LocalDate today = Today.of(execution);
        Map<String, EndReason> reasons = new HashMap<>();
        if (execution.getVariable("officeHolders") != null) {
            for (Map<String, Object> row : variables.list(execution.getVariable("officeHolders"), "officeHolders")) {
                String outcome = String.valueOf(row.get("outcome"));
                reasons.put((String) row.get("personId"), switch (outcome) {
                    case "RESIGNATION" -> EndReason.RESIGNED;
                    case "TERMINATION" -> EndReason.TERMINATED;
                    default -> EndReason.NOT_CONTINUED;
                });
            }
        }
        List<Map<String, Object>> terminations = new java.util.ArrayList<>();
        Object proposed = execution.getVariable("proposedTerminations");
        if (proposed != null) {
            for (Map<String, Object> row : variables.list(proposed, "proposedTerminations")) {
                if (!"TERMINATE".equals(row.get("decision"))) {
                    continue;
                }
                LocalDate terminated = LocalDate.parse(String.valueOf(execution.getVariable("terminationDate")).substring(0, 10));
                LocalDate until = officeHolders.disqualificationEnds(terminated);
                String personId = (String) row.get("personId");
                boards.recordTermination(personId, (String) row.get("name"), cluster.clusterCode(), terminated, until,
                        execution.getProcessInstanceId());
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("personId", personId);
                t.put("name", row.get("name"));
                t.put("terminationDate", terminated.toString());
                t.put("disqualifiedUntil", until.toString());
                terminations.add(t);
            }
        }
        execution.setVariable("terminations", variables.json(terminations));
        execution.setVariable("appointmentChanges", boards.applyComposition(cluster, seats, reasons, today, NEW_TERM_END,
                execution.getProcessInstanceId()));
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
