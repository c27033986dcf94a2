package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.Organisation;

/**
 * A board as it was on a date (A 5.3, 5.4: ended appointments are kept with their end date and reason), and the
 * equality shares of a cluster's chairs and non-executives on a date against today (G 39). Read-only, under the
 * roster API's path and so its access rule (administrators and the SHA HR team).
 */
@RestController
public class BoardRosterController {

    private final BoardsRepository boards;
    private final EqualityShares shares = new EqualityShares();

    public BoardRosterController(BoardsRepository boards) {
        this.boards = boards;
    }

    /** {@code GET /api/rosters/board-members?organisationCode=PCT-FEN&on=2011-04-01}: who sat on the board that day. */
    @GetMapping(path = "/api/rosters/board-members", produces = "application/json")
    public ResponseEntity<Map<String, Object>> boardOn(@RequestParam(required = false) String organisationCode,
                                                       @RequestParam(required = false) String on) {
        if (organisationCode == null || organisationCode.isBlank()) {
            return refuse(HttpStatus.BAD_REQUEST, "organisationCode is required: the PCT board to show");
        }
        Organisation board = boards.register().organisation(organisationCode.trim()).filter(o -> o.type().isPct()).orElse(null);
        if (board == null) {
            return refuse(HttpStatus.NOT_FOUND, "organisationCode '" + organisationCode + "' is not a PCT or care trust board");
        }
        LocalDate date;
        try {
            date = on == null || on.isBlank() ? Today.now() : LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            return refuse(HttpStatus.BAD_REQUEST, "on '" + on + "' must be a date (YYYY-MM-DD)");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationCode", board.code());
        body.put("name", board.name());
        body.put("on", date.toString());
        body.put("members", boards.boardMembersOn(List.of(board.code()), date).stream().map(BoardRosterController::member).toList());
        body.put("ended", boards.endedAppointments(List.of(board.code())));
        return ResponseEntity.ok(body);
    }

    /** {@code GET /api/rosters/board-members/equality?clusterCode=CL-SOUTH&on=2011-04-01}: shares then and now. */
    @GetMapping(path = "/api/rosters/board-members/equality", produces = "application/json")
    public ResponseEntity<Map<String, Object>> equalityOn(@RequestParam(required = false) String clusterCode,
                                                          @RequestParam(required = false) String on) {
        if (clusterCode == null || clusterCode.isBlank()) {
            return refuse(HttpStatus.BAD_REQUEST, "clusterCode is required");
        }
        ClusterBoards cluster = boards.cluster(clusterCode.trim());
        if (cluster.boards().isEmpty()) {
            return refuse(HttpStatus.NOT_FOUND, "clusterCode '" + clusterCode + "' names no cluster with PCT or care trust boards");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(on).trim());
        } catch (DateTimeParseException e) {
            return refuse(HttpStatus.BAD_REQUEST, "on '" + on + "' must be a date (YYYY-MM-DD)");
        }
        List<BoardMember> then = boards.boardMembersOn(cluster.boards().stream().map(Organisation::code).toList(), date);
        EqualityShares.Report report = shares.compare(BoardsRepository.people(then).values(), cluster.people().values());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clusterCode", cluster.clusterCode());
        body.put("on", date.toString());
        body.put("today", Today.now().toString());
        body.put("report", report);
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> member(BoardMember m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("memberId", m.memberId());
        row.put("personId", m.personId());
        row.put("name", m.name());
        row.put("role", m.role().name());
        row.put("nominatedByLa", m.nominatedByLa());
        return row;
    }

    private static ResponseEntity<Map<String, Object>> refuse(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
