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
 * A 3.5, 5.3, 5.4: what follows from the Commission's decisions, person by person. A declined appointment
 * takes that person's new appointments out of the composition; a declined termination leaves the office holder
 * in post: their appointments are put back into the composition. Either sends the composition back to the
 * secretaries for revision ({@code commissionSentBack}); nothing has been written to the roster.
 */
@Component("nedCommissionDecisions")
public class NedCommissionDecisions implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;

    public NedCommissionDecisions(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards cluster = variables.caseCluster(execution, boards);
        Set<String> declinedAppointments = decided(execution, "proposedAppointments", "DECLINE");
        Set<String> declinedTerminations = decided(execution, "proposedTerminations", "DECLINE");
        if (declinedAppointments.isEmpty() && declinedTerminations.isEmpty()) {
            execution.setVariable("commissionSentBack", false);
            return;
        }
        List<BoardSeat> seats = new ArrayList<>(variables.readAppointments(execution, cluster));
        seats.removeIf(s -> declinedAppointments.contains(s.personId()) && cluster.appointment(s.personId(), s.organisationCode()).isEmpty());
        for (String personId : declinedTerminations) {
            // A 5.3: the office holder stays in post, in the appointments they hold
            cluster.members().stream().filter(m -> m.personId().equals(personId))
                    .filter(m -> seats.stream().noneMatch(s -> s.personId().equals(personId) && s.organisationCode().equals(m.organisationCode())))
                    .forEach(m -> seats.add(CompositionDrafter.seatOf(m)));
        }
        if (!declinedAppointments.isEmpty() && execution.getVariable("newPeople") != null) {
            List<NewPeople.NewSeat> news = NewPeople.read(execution, variables);
            List<Map<String, Object>> rows = variables.list(execution.getVariable("newPeople"), "newPeople");
            List<Map<String, Object>> kept = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!declinedAppointments.contains(news.get(i).person().personId())) {
                    kept.add(new LinkedHashMap<>(rows.get(i)));
                }
            }
            execution.setVariable("newPeople", variables.json(kept));
        }
        variables.write(execution, cluster, seats);
        StringBuilder notice = new StringBuilder("The Appointments Commission sent the composition back.");
        if (!declinedAppointments.isEmpty()) {
            notice.append(" Appointments declined (taken out): ").append(names(cluster, declinedAppointments)).append('.');
        }
        if (!declinedTerminations.isEmpty()) {
            notice.append(" Terminations declined: ").append(names(cluster, declinedTerminations))
                    .append(" stay in post and are back in the composition (A 5.3).");
        }
        execution.setVariable("compositionNotice", notice.toString());
        execution.setVariable("commissionSentBack", true);
    }

    private Set<String> decided(DelegateExecution execution, String variable, String decision) {
        Object value = execution.getVariable(variable);
        if (value == null) {
            return Set.of();
        }
        return variables.list(value, variable).stream().filter(r -> decision.equals(r.get("decision")))
                .map(r -> (String) r.get("personId")).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String names(ClusterBoards cluster, Set<String> personIds) {
        return personIds.stream().map(p -> cluster.people().containsKey(p) ? cluster.people().get(p).name() : p)
                .collect(Collectors.joining(", "));
    }
}
