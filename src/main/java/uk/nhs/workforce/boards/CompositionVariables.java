package uk.nhs.workforce.boards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.Organisation;

/**
 * The one place that turns a composition into process variables (the contract's {@code boardComposition},
 * {@code statutoryCheck}, {@code chairRemunerationPopulation}) and into what the forms show and edit
 * (the {@code appointments} list of person / board / role selects, option lists and tables), and reads the
 * secretaries' edited list back, refusing a malformed row with a message naming it.
 */
@Component
public class CompositionVariables {

    private final ObjectMapper objectMapper;
    private final StatutoryBoardCheck check = new StatutoryBoardCheck();
    private final ChairRemunerationBasis remuneration = new ChairRemunerationBasis();

    public CompositionVariables(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** Writes the composition and everything computed from it; returns the breaches. */
    public List<Breach> write(VariableScope scope, ClusterBoards cluster, List<BoardSeat> seats) {
        List<Breach> breaches = check.check(cluster.boards(), seats);
        scope.setVariable("boardComposition", json(boardComposition(cluster, seats)));
        scope.setVariable("statutoryCheck", json(breaches.stream().map(b -> Map.of(
                "code", b.code(), "rule", b.rule().name(), "message", b.message())).toList()));
        scope.setVariable("statutoryLawful", breaches.isEmpty());
        scope.setVariable("chairRemunerationPopulation",
                remuneration.singleChairPopulation(cluster.boards(), seats).map(java.math.BigDecimal::doubleValue).orElse(null));
        Set<String> newPeople = NewPeople.ids(scope, this);
        scope.setVariable("appointments", json(seats.stream().filter(s -> !newPeople.contains(s.personId())).map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("personId", s.personId());
            row.put("organisationCode", s.organisationCode());
            row.put("role", s.role().name());
            row.put("nominatedByLa", s.nominatedByLa() == null ? "" : s.nominatedByLa());
            return row;
        }).toList()));
        scope.setVariable("boardsTable", json(boardsTable(cluster, seats, breaches)));
        return breaches;
    }

    /** Options for the form's selects: the cluster's people, its PCT boards and the care trusts' local authorities. */
    public void writeOptions(VariableScope scope, ClusterBoards cluster) {
        scope.setVariable("clusterCode", cluster.clusterCode());
        scope.setVariable("personOptions", json(cluster.people().values().stream()
                .map(p -> option(p.personId(), p.name() + " (appraisal: " + (p.appraisalRating() == null ? "not yet appraised"
                        : p.appraisalRating().name().charAt(0) + p.appraisalRating().name().substring(1).toLowerCase(java.util.Locale.ROOT)) + ")")).toList()));
        scope.setVariable("boardOptions", json(cluster.boards().stream()
                .map(b -> option(b.code(), b.name())).toList()));
        // an empty choice is the select's own "clear" (x), not an option: form-js shows "" as nothing chosen
        List<Map<String, String>> las = new ArrayList<>();
        cluster.boards().stream().flatMap(b -> b.localAuthorities().stream()).distinct()
                .forEach(la -> las.add(option(la, la)));
        scope.setVariable("laOptions", json(las));
        // the nominating-authority column only means something where the cluster has a care trust
        scope.setVariable("careTrustInCluster", !las.isEmpty());
    }

    /**
     * Reads the {@code appointments} list the secretaries edited. Each row must name a person of the cluster,
     * one of its PCT boards and a role; a seat the person already holds keeps its roster appointment.
     */
    public List<BoardSeat> readAppointments(VariableScope scope, ClusterBoards cluster) {
        List<Map<String, Object>> rows = new ArrayList<>(list(scope.getVariable("appointments"), "appointments"));
        Set<String> newPeople = NewPeople.ids(scope, this);
        rows.removeIf(r -> newPeople.contains(text(r.get("personId"))));
        List<BoardSeat> seats = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String where = "appointments row " + (i + 1);
            String personId = text(row.get("personId"));
            String board = text(row.get("organisationCode"));
            String role = text(row.get("role"));
            String la = text(row.get("nominatedByLa"));
            if (personId == null || !cluster.people().containsKey(personId)) {
                throw new ProcessEngineException(where + ": personId '" + personId + "' is not a chair or non-executive of cluster " + cluster.clusterCode());
            }
            Optional<Organisation> org = board == null ? Optional.empty() : cluster.board(board);
            if (org.isEmpty()) {
                throw new ProcessEngineException(where + ": organisationCode '" + board + "' is not a PCT board of cluster " + cluster.clusterCode());
            }
            BoardRole boardRole;
            try {
                boardRole = BoardRole.valueOf(role);
            } catch (RuntimeException e) {
                throw new ProcessEngineException(where + ": role '" + role + "' must be CHAIR, VICE_CHAIR or NON_EXECUTIVE");
            }
            if (la != null && !org.get().localAuthorities().contains(la)) {
                throw new ProcessEngineException(where + ": nominatedByLa '" + la + "' is not a local authority of " + board);
            }
            if (!seen.add(personId + "|" + board)) {
                throw new ProcessEngineException(where + ": " + personId + " is listed twice on " + board + "; one appointment per person per board");
            }
            String memberId = cluster.appointment(personId, board).map(m -> m.memberId()).orElse(null);
            seats.add(new BoardSeat(memberId, personId, board, boardRole, la));
        }
        for (NewPeople.NewSeat n : NewPeople.read(scope, this)) {
            Optional<Organisation> org = cluster.board(n.seat().organisationCode());
            if (org.isEmpty()) {
                throw new ProcessEngineException("newPeople row " + n.row() + " (" + n.person().name() + "): organisationCode '"
                        + n.seat().organisationCode() + "' is not a PCT board of cluster " + cluster.clusterCode());
            }
            if (n.seat().nominatedByLa() != null && !org.get().localAuthorities().contains(n.seat().nominatedByLa())) {
                throw new ProcessEngineException("newPeople row " + n.row() + " (" + n.person().name() + "): nominatedByLa '"
                        + n.seat().nominatedByLa() + "' is not a local authority of " + n.seat().organisationCode());
            }
            if (!seen.add(n.seat().personId() + "|" + n.seat().organisationCode())) {
                throw new ProcessEngineException("newPeople row " + n.row() + ": " + n.person().name() + " is listed twice on "
                        + n.seat().organisationCode() + "; one appointment per person per board");
            }
            seats.add(n.seat());
        }
        return seats;
    }

    /** The case's cluster ({@code clusterCode}) as the roster has it, with the composition's new people added. */
    public ClusterBoards caseCluster(VariableScope scope, BoardsRepository boards) {
        return withNewPeople(scope, boards.cluster((String) scope.getVariable("clusterCode")));
    }

    /** The cluster with the new people of the composition added, so names and equality read them like anyone else. */
    public ClusterBoards withNewPeople(VariableScope scope, ClusterBoards cluster) {
        Map<String, BoardPerson> people = new LinkedHashMap<>(cluster.people());
        NewPeople.read(scope, this).forEach(n -> people.putIfAbsent(n.person().personId(), n.person()));
        return new ClusterBoards(cluster.clusterCode(), cluster.boards(), cluster.members(), people);
    }

    Map<String, Object> boardComposition(ClusterBoards cluster, List<BoardSeat> seats) {
        Map<String, Long> boardsPerPerson = seats.stream().collect(Collectors.groupingBy(BoardSeat::personId,
                Collectors.mapping(BoardSeat::organisationCode, Collectors.toSet())))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        Map<String, Object> composition = new LinkedHashMap<>();
        for (Organisation board : cluster.boards()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", board.name());
            entry.put("type", board.type().name());
            entry.put("chair", null);
            List<Map<String, Object>> neds = new ArrayList<>();
            for (BoardSeat seat : seats) {
                if (!seat.organisationCode().equals(board.code())) {
                    continue;
                }
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("personId", seat.personId());
                person.put("name", name(cluster, seat.personId()));
                person.put("memberId", seat.memberId());
                person.put("boardsHeld", boardsPerPerson.get(seat.personId()));
                if (seat.role() == BoardRole.CHAIR) {
                    entry.put("chair", person);
                } else {
                    person.put("role", seat.role().name());
                    person.put("nominatedByLa", seat.nominatedByLa());
                    neds.add(person);
                }
            }
            entry.put("nonExecutives", neds);
            composition.put(board.code(), entry);
        }
        return composition;
    }

    private List<Map<String, Object>> boardsTable(ClusterBoards cluster, List<BoardSeat> seats, List<Breach> breaches) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Organisation board : cluster.boards()) {
            List<BoardSeat> mine = seats.stream().filter(s -> s.organisationCode().equals(board.code())).toList();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("board", board.name() + " (" + board.code() + ")");
            row.put("chair", mine.stream().filter(s -> s.role() == BoardRole.CHAIR).map(s -> name(cluster, s.personId()))
                    .collect(Collectors.joining(", ")));
            row.put("nonExecutiveCount", mine.stream().filter(s -> s.role().countsAsNonExecutive()).count());
            row.put("nonExecutives", mine.stream().filter(s -> s.role().countsAsNonExecutive())
                    .map(s -> name(cluster, s.personId()) + (s.role() == BoardRole.VICE_CHAIR ? " (vice-chair)" : "")
                            + (s.nominatedByLa() != null ? " [nominated by " + s.nominatedByLa() + "]" : ""))
                    .collect(Collectors.joining("; ")));
            String boardBreaches = breaches.stream().filter(b -> b.code().equals(board.code())).map(Breach::message)
                    .collect(Collectors.joining("; "));
            row.put("breaches", boardBreaches.isEmpty() ? "None" : boardBreaches);
            rows.add(row);
        }
        return rows;
    }

    private static String name(ClusterBoards cluster, String personId) {
        BoardPerson p = cluster.people().get(personId);
        return p == null ? personId : p.name();
    }

    private static Map<String, String> option(String value, String label) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("label", label);
        o.put("value", value);
        return o;
    }

    public SpinJsonNode json(Object value) {
        try {
            return Spin.JSON(objectMapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list of objects from a Json variable, a JSON string or a Java list (as forms and REST clients send it). */
    public List<Map<String, Object>> list(Object value, String variable) {
        if (value == null) {
            throw new ProcessEngineException(variable + " is missing");
        }
        try {
            String text = value instanceof SpinJsonNode node ? node.toString()
                    : value instanceof String s ? s : objectMapper.writeValueAsString(value);
            List<Map<String, Object>> rows = objectMapper.readValue(text, new TypeReference<>() { });
            if (rows == null) {
                throw new ProcessEngineException(variable + " must be a list");
            }
            return rows;
        } catch (JsonProcessingException e) {
            throw new ProcessEngineException(variable + " must be a JSON list of objects: " + e.getOriginalMessage());
        }
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }
}
