package uk.nhs.workforce.boards;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Sex;

/**
 * People new to the cluster's boards whom the secretaries add to a composition ({@code newPeople}, one row per
 * board), found by a ring-fenced competition (A 4.6) or open recruitment. They are selected (A 5.2) and
 * appointed by the Commission (A 3.5) like anyone else. Their person id is derived from the instance and the
 * name, so a row kept across a send-back keeps its person.
 */
final class NewPeople {

    static final String PREFIX = "NEW-";
    static final Set<String> SOURCES = Set.of("RING_FENCED_COMPETITION", "OPEN_RECRUITMENT");

    record NewSeat(int row, BoardPerson person, String source, BoardSeat seat, String nominatedBy, LocalDate nominatedOn) {
    }

    private NewPeople() {
    }

    static boolean isNew(String personId) {
        return personId != null && personId.startsWith(PREFIX);
    }

    /** The person ids of the composition's new people (rows of {@code newPeople}). */
    static Set<String> ids(VariableScope scope, CompositionVariables variables) {
        if (scope.getVariable("newPeople") == null) {
            return Set.of();
        }
        return read(scope, variables).stream().map(n -> n.person().personId()).collect(java.util.stream.Collectors.toSet());
    }

    static List<NewSeat> read(VariableScope scope, CompositionVariables variables) {
        Object value = scope.getVariable("newPeople");
        if (value == null) {
            return List.of();
        }
        String instance = scope instanceof org.camunda.bpm.engine.delegate.DelegateExecution e ? e.getProcessInstanceId()
                : scope instanceof org.camunda.bpm.engine.delegate.DelegateTask t ? t.getProcessInstanceId() : "";
        List<NewSeat> seats = new ArrayList<>();
        List<Map<String, Object>> rows = variables.list(value, "newPeople");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> r = rows.get(i);
            int row = i + 1;
            String name = CompositionVariables.text(r.get("name"));
            if (name == null) {
                throw new ProcessEngineException("newPeople row " + row + ": name is required");
            }
            String where = "newPeople row " + row + " (" + name + "): ";
            Sex sex = choice(Sex.class, r.get("sex"), where + "sex");
            EthnicGroup ethnic = choice(EthnicGroup.class, r.get("ethnicGroup"), where + "ethnicGroup");
            String source = CompositionVariables.text(r.get("source"));
            if (source == null || !SOURCES.contains(source)) {
                throw new ProcessEngineException(where + "source must be RING_FENCED_COMPETITION or OPEN_RECRUITMENT (A 4.6)");
            }
            String board = CompositionVariables.text(r.get("organisationCode"));
            if (board == null) {
                throw new ProcessEngineException(where + "organisationCode (PCT board) is required");
            }
            BoardRole role = choice(BoardRole.class, r.get("role"), where + "role");
            String la = CompositionVariables.text(r.get("nominatedByLa"));
            String by = CompositionVariables.text(r.get("nominatedBy"));
            LocalDate on = null;
            if (la != null) {
                String onText = CompositionVariables.text(r.get("nominatedOn"));
                if (by == null || onText == null) {
                    throw new ProcessEngineException(where + "nominatedByLa '" + la + "' needs nominatedBy (who nominated them) and "
                            + "nominatedOn (when): a new person has no nomination on the roster (A 3.3)");
                }
                try {
                    on = LocalDate.parse(onText.length() >= 10 ? onText.substring(0, 10) : onText);
                } catch (DateTimeParseException e) {
                    throw new ProcessEngineException(where + "nominatedOn must be a date (YYYY-MM-DD)");
                }
            }
            String personId = PREFIX + UUID.nameUUIDFromBytes((instance + "|" + name.toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
            BoardPerson person = new BoardPerson(personId, name, sex, ethnic, null, null);
            seats.add(new NewSeat(row, person, source, new BoardSeat(null, personId, board, role, la), by, on));
        }
        return seats;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Object value, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(CompositionVariables.text(value)));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
