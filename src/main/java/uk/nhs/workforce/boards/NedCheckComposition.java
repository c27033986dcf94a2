package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.BoardRole;

/**
 * Step 4: the statutory check (A 3.3) of the composition the secretaries submitted, and what follows from it:
 * whether statutory appointments change (so the Appointments Commission must agree, A 3.5) and the people to
 * select (A 5.2). A local-authority nominee counts only with a source (A 3.3): the roster, a recorded
 * nomination, or one recorded now with who nominated them and when; otherwise the row is refused naming the person.
 */
@Component("nedCheckComposition")
public class NedCheckComposition implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;

    public NedCheckComposition(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards cluster = variables.caseCluster(execution, boards);
        List<BoardSeat> seats = variables.readAppointments(execution, cluster);
        nominationSources(execution, cluster, seats);
        // A 5.3: nobody disqualified by a termination is proposed for an appointment they do not already hold
        for (BoardSeat seat : seats) {
            if (cluster.appointment(seat.personId(), seat.organisationCode()).isEmpty()) {
                BoardPerson person = cluster.people().get(seat.personId());
                boards.disqualification(seat.personId(), person == null ? null : person.name(), Today.of(execution)).ifPresent(d -> {
                    throw d.refusal();
                });
            }
        }
        List<BoardSeat> before = beforeSeats(execution, variables);
        variables.write(execution, cluster, seats);
        // the secretaries' work is kept across send-backs; only a new governance model drafts afresh
        execution.setVariable("compositionAdjusted", true);

        execution.setVariable("statutoryAppointmentsChanged", !keys(seats).equals(keys(before)));
        // the forms show who each row is about from these copies: Tasklist submits only a list's editable fields
        Object selections = variables.json(seats.stream().map(BoardSeat::personId).distinct()
                .map(p -> row(cluster, p, seats, "method", "", "outcome", "")).toList());
        execution.setVariable("selections", selections);
        execution.setVariable("selectionsFor", selections);
    }

    /** A 3.3: every nominee of a local authority has a source; nominations given with this composition are recorded. */
    private void nominationSources(DelegateExecution execution, ClusterBoards cluster, List<BoardSeat> seats) {
        Map<String, Map<String, Object>> given = new LinkedHashMap<>();
        Object value = execution.getVariable("nominations");
        if (value != null) {
            List<Map<String, Object>> rows = variables.list(value, "nominations");
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> r = rows.get(i);
                String key = CompositionVariables.text(r.get("personId")) + "|" + CompositionVariables.text(r.get("organisationCode"))
                        + "|" + CompositionVariables.text(r.get("nominatedByLa"));
                if (CompositionVariables.text(r.get("nominatedBy")) == null || CompositionVariables.text(r.get("nominatedOn")) == null) {
                    throw new ProcessEngineException("nominations row " + (i + 1) + ": nominatedBy (who nominated) and nominatedOn (when) are required (A 3.3)");
                }
                r.put("row", i + 1);
                given.put(key, r);
            }
        }
        Map<String, NewPeople.NewSeat> newSeats = NewPeople.read(execution, variables).stream()
                .collect(Collectors.toMap(n -> n.seat().personId() + "|" + n.seat().organisationCode(), n -> n, (a, b) -> a));
        for (BoardSeat seat : seats) {
            String la = seat.nominatedByLa();
            if (la == null || boards.nominated(seat.organisationCode(), la, seat.personId())) {
                continue;
            }
            NewPeople.NewSeat n = newSeats.get(seat.personId() + "|" + seat.organisationCode());
            if (n != null) {
                boards.recordNomination(seat.organisationCode(), la, seat.personId(), n.nominatedBy(), n.nominatedOn(),
                        execution.getProcessInstanceId());
                continue;
            }
            Map<String, Object> r = given.get(seat.personId() + "|" + seat.organisationCode() + "|" + la);
            String name = cluster.people().containsKey(seat.personId()) ? cluster.people().get(seat.personId()).name() : seat.personId();
            if (r == null) {
                throw new ProcessEngineException("appointments: " + name + " is tagged as nominated by " + la + " to "
                        + seat.organisationCode() + ", but no such nomination is on the roster or recorded; add it under "
                        + "nominations with who nominated them and when (A 3.3)");
            }
            LocalDate on;
            try {
                String text = CompositionVariables.text(r.get("nominatedOn"));
                on = LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
            } catch (RuntimeException e) {
                throw new ProcessEngineException("nominations row " + r.get("row") + ": nominatedOn must be a date (YYYY-MM-DD)");
            }
            boards.recordNomination(seat.organisationCode(), la, seat.personId(), CompositionVariables.text(r.get("nominatedBy")), on,
                    execution.getProcessInstanceId());
        }
    }

    /** The snapshot taken at the start, as seats (people who have since left the roster keep their id). */
    static List<BoardSeat> beforeSeats(DelegateExecution execution, CompositionVariables variables) {
        return variables.list(execution.getVariable("appointmentsBefore"), "appointmentsBefore").stream()
                .map(r -> new BoardSeat(null, (String) r.get("personId"), (String) r.get("organisationCode"),
                        BoardRole.valueOf((String) r.get("role")), CompositionVariables.text(r.get("nominatedByLa"))))
                .toList();
    }

    private static Set<String> keys(List<BoardSeat> seats) {
        return seats.stream().map(s -> s.personId() + "|" + s.organisationCode() + "|" + s.role() + "|" + s.nominatedByLa())
                .collect(Collectors.toSet());
    }

    static String roleName(BoardRole role) {
        return switch (role) {
            case CHAIR -> "Chair";
            case VICE_CHAIR -> "Vice-chair";
            case NON_EXECUTIVE -> "Non-executive";
        };
    }

    static Map<String, Object> row(ClusterBoards cluster, String personId, List<BoardSeat> seats,
                                   String field1, Object value1, String field2, Object value2) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("personId", personId);
        BoardPerson person = cluster.people().get(personId);
        row.put("name", person == null ? personId : person.name());
        row.put("boards", seats.stream().filter(s -> s.personId().equals(personId))
                .map(s -> roleName(s.role()) + " of " + cluster.board(s.organisationCode()).map(o -> o.name()).orElse(s.organisationCode())
                        + (isNewSeat(cluster, s) ? " (new)" : ""))
                .collect(Collectors.joining(", ")));
        row.put(field1, value1);
        row.put(field2, value2);
        return row;
    }

    private static boolean isNewSeat(ClusterBoards cluster, BoardSeat s) {
        return cluster.appointment(s.personId(), s.organisationCode()).isEmpty();
    }
}
