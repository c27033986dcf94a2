package uk.nhs.workforce.boards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 4: the statutory check (A 3.3) of the composition the secretaries submitted, and what follows from it:
 * whether statutory appointments change (so the Appointments Commission must agree, A 3.5), the people to
 * select (A 5.2) and the office holders without a continuing role (A 5.3).
 */
@Component("nedCheckComposition")
public class NedCheckComposition implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;
    private final OfficeHolders officeHolders = new OfficeHolders();

    public NedCheckComposition(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards cluster = boards.cluster((String) execution.getVariable("clusterCode"));
        List<BoardSeat> seats = variables.readAppointments(execution, cluster);
        List<BoardSeat> before = beforeSeats(execution);
        variables.write(execution, cluster, seats);

        execution.setVariable("statutoryAppointmentsChanged", !keys(seats).equals(keys(before)));
        // the forms show who each row is about from these copies: Tasklist submits only a list's editable fields
        Object selections = variables.json(seats.stream().map(BoardSeat::personId).distinct()
                .map(p -> row(cluster, p, seats, "method", "", "outcome", "")).toList());
        execution.setVariable("selections", selections);
        execution.setVariable("selectionsFor", selections);
        List<String> leaving = officeHolders.withoutContinuingRole(before, seats);
        Object holders = variables.json(leaving.stream()
                .map(p -> row(cluster, p, before, "discussion", "", "outcome", "")).toList());
        execution.setVariable("officeHolders", holders);
        execution.setVariable("officeHoldersFor", holders);
        execution.setVariable("officeHoldersLeaving", !leaving.isEmpty());
    }

    /** The snapshot taken at the start, as seats (people who have since left the roster keep their id). */
    private List<BoardSeat> beforeSeats(DelegateExecution execution) {
        return variables.list(execution.getVariable("appointmentsBefore"), "appointmentsBefore").stream()
                .map(r -> new BoardSeat(null, (String) r.get("personId"), (String) r.get("organisationCode"),
                        uk.nhs.workforce.rosters.BoardRole.valueOf((String) r.get("role")),
                        CompositionVariables.text(r.get("nominatedByLa"))))
                .toList();
    }

    private static Set<String> keys(List<BoardSeat> seats) {
        return seats.stream().map(s -> s.personId() + "|" + s.organisationCode() + "|" + s.role() + "|" + s.nominatedByLa())
                .collect(Collectors.toSet());
    }

    private static String roleName(uk.nhs.workforce.rosters.BoardRole role) {
        return switch (role) {
            case CHAIR -> "Chair";
            case VICE_CHAIR -> "Vice-chair";
            case NON_EXECUTIVE -> "Non-executive";
        };
    }

    private static Map<String, Object> row(ClusterBoards cluster, String personId, List<BoardSeat> seats,
                                           String field1, Object value1, String field2, Object value2) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("personId", personId);
        BoardPerson person = cluster.people().get(personId);
        row.put("name", person == null ? personId : person.name());
        row.put("boards", seats.stream().filter(s -> s.personId().equals(personId))
                .map(s -> roleName(s.role()) + " of " + cluster.board(s.organisationCode()).map(o -> o.name()).orElse(s.organisationCode()))
                .collect(Collectors.joining(", ")));
        row.put(field1, value1);
        row.put(field2, value2);
        return row;
    }
}
