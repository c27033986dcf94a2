package uk.nhs.workforce.boards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A 5.2: the selection decides who is appointed. People recorded "not appointed" are taken out of the
 * composition before anything is written; if a board is then in breach (A 3.3) the composition goes back to the
 * secretaries. Otherwise this works out what the Appointments Commission must decide (A 3.5, 5.4): the new
 * appointments proposed, per person, and the office holders without a continuing role (A 5.3).
 */
@Component("nedApplySelection")
public class NedApplySelection implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;
    private final OfficeHolders officeHolders = new OfficeHolders();

    public NedApplySelection(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards cluster = variables.caseCluster(execution, boards);
        List<BoardSeat> seats = variables.readAppointments(execution, cluster);
        Set<String> notAppointed = variables.list(execution.getVariable("selections"), "selections").stream()
                .filter(r -> "NOT_APPOINTED".equals(r.get("outcome"))).map(r -> (String) r.get("personId"))
                .collect(Collectors.toSet());
        List<BoardSeat> selected = seats.stream().filter(s -> !notAppointed.contains(s.personId())).toList();
        if (!notAppointed.isEmpty()) {
            removeNewPeople(execution, notAppointed);
        }
        List<Breach> breaches = variables.write(execution, cluster, selected);
        if (!breaches.isEmpty()) {
            execution.setVariable("compositionNotice", "Not appointed at selection (A 5.2) and taken out of the composition: "
                    + notAppointed.stream().map(p -> name(cluster, p)).sorted().collect(Collectors.joining(", "))
                    + ". Revise the composition so every board stays lawful.");
            execution.setVariable("appointmentsProposed", false);
            execution.setVariable("officeHoldersLeaving", false);
            execution.setVariable("terminationProposed", false);
            return;
        }
        // A 3.5, 5.4: every appointment not already held is a proposal for the Commission, decided per person
        List<Map<String, Object>> proposals = selected.stream().filter(s -> cluster.appointment(s.personId(), s.organisationCode()).isEmpty())
                .map(BoardSeat::personId).distinct()
                .map(p -> NedCheckComposition.row(cluster, p, selected.stream()
                        .filter(s -> cluster.appointment(s.personId(), s.organisationCode()).isEmpty()).toList(), "decision", "", "source",
                        NewPeople.ids(execution, variables).contains(p) ? "New: " + sourceOf(execution, p) : "Already on the cluster's boards"))
                .toList();
        execution.setVariable("proposedAppointments", variables.json(proposals));
        execution.setVariable("proposedAppointmentsFor", variables.json(proposals));
        execution.setVariable("appointmentsProposed", !proposals.isEmpty());

        List<BoardSeat> before = NedCheckComposition.beforeSeats(execution, variables);
        List<String> leaving = officeHolders.withoutContinuingRole(before, selected);
        Object holders = variables.json(leaving.stream()
                .map(p -> NedCheckComposition.row(cluster, p, before, "discussion", "", "outcome", "")).toList());
        execution.setVariable("officeHolders", holders);
        execution.setVariable("officeHoldersFor", holders);
        execution.setVariable("officeHoldersLeaving", !leaving.isEmpty());
        execution.setVariable("terminationProposed", false);
        execution.setVariable("proposedTerminations", variables.json(List.of()));
        execution.setVariable("proposedTerminationsFor", variables.json(List.of()));
    }

    private void removeNewPeople(DelegateExecution execution, Set<String> personIds) {
        Object value = execution.getVariable("newPeople");
        if (value == null) {
            return;
        }
        List<NewPeople.NewSeat> news = NewPeople.read(execution, variables);
        List<Map<String, Object>> rows = variables.list(value, "newPeople");
        List<Map<String, Object>> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!personIds.contains(news.get(i).person().personId())) {
                kept.add(new LinkedHashMap<>(rows.get(i)));
            }
        }
        execution.setVariable("newPeople", variables.json(kept));
    }

    private String sourceOf(DelegateExecution execution, String personId) {
        return NewPeople.read(execution, variables).stream().filter(n -> n.person().personId().equals(personId))
                .map(n -> n.source().equals("RING_FENCED_COMPETITION") ? "ring-fenced competition (A 4.6)" : "open recruitment")
                .findFirst().orElse("");
    }

    private static String name(ClusterBoards cluster, String personId) {
        BoardPerson p = cluster.people().get(personId);
        return p == null ? personId : p.name();
    }
}
