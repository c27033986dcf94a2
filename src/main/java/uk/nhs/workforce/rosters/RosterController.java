package uk.nhs.workforce.rosters;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/rosters/{kind}} with a CSV body (CONTRACT §3). */
@RestController
@RequestMapping("/api/rosters")
public class RosterController {

    private final RosterImportService importService;

    public RosterController(RosterImportService importService) {
        this.importService = importService;
    }

    @PostMapping(path = "/{kind}", consumes = "text/csv", produces = "application/json")
    public ResponseEntity<?> upload(@PathVariable String kind, @RequestBody(required = false) byte[] body) {
        RosterKind rosterKind = RosterKind.fromUrlName(kind).orElse(null);
        if (rosterKind == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("errors", List.of(Map.of(
                    "line", 0, "column", "", "message",
                    "unknown roster '" + kind + "': use organisations, executives, board-members or consultants"))));
        }
        String csv = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
        ImportResult result = importService.importCsv(rosterKind, csv);
        return ResponseEntity.ok(Map.of("inserted", result.inserted(), "updated", result.updated()));
    }

    @ExceptionHandler(RosterAccessRefused.class)
    public ResponseEntity<Map<String, Object>> forbidden(RosterAccessRefused e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("errors", e.errors()));
    }

    @ExceptionHandler(RosterValidationException.class)
    public ResponseEntity<Map<String, Object>> refused(RosterValidationException e) {
        // at most the first app.security.max-reported-errors errors, and how many there are in all
        return ResponseEntity.badRequest().body(Map.of("errors", e.errors(), "total", e.total()));
    }
}
