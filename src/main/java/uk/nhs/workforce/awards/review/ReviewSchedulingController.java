package uk.nhs.workforce.awards.review;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.nhs.workforce.awards.review.ReviewScheduling.ScheduleStatus;
import uk.nhs.workforce.platform.TenantAccess;

/**
 * {@code POST /api/awards/reviews/schedule?employerCode=TR-NBH}: bulk scheduling of Existing LCEA
 * reviews and overdue NCEA renewal outcomes for one employer (S30 8, 15-17); for administrators and
 * medical staffing. It answers at once {@code 202 {"id": ...}}; the work runs as engine jobs, and
 * {@code GET /api/awards/reviews/schedule/{id}} shows its progress and final counts (CONTRACT §6).
 */
@RestController
@RequestMapping("/api/awards/reviews")
public class ReviewSchedulingController {

    private static final Set<String> ALLOWED = Set.of("camunda-admin", "medical-staffing");

    private final ReviewScheduling scheduling;
    private final TenantAccess tenantAccess;

    public ReviewSchedulingController(ReviewScheduling scheduling, TenantAccess tenantAccess) {
        this.scheduling = scheduling;
        this.tenantAccess = tenantAccess;
    }

    @PostMapping("/schedule")
    public ResponseEntity<?> schedule(@RequestParam String employerCode, Authentication authentication) {
        if (!allowed(authentication)) {
            return forbidden();
        }
        tenantAccess.requireMember(employerCode); // only the employer's own tenant (CONTRACT §2a, §6)
        try {
            LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            String id = scheduling.request(employerCode, today, authentication.getName());
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .location(URI.create("/api/awards/reviews/schedule/" + id))
                    .body(Map.of("id", id));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
        }
    }

    @GetMapping("/schedule/{id}")
    public ResponseEntity<?> progress(@PathVariable String id, Authentication authentication) {
        if (!allowed(authentication)) {
            return forbidden();
        }
        Optional<ScheduleStatus> status = scheduling.status(id);
        if (status.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("message", "no review scheduling run with id '" + id + "'"));
        }
        // Tenant check (CONTRACT §2a): only members of the run's employer tenant see it (403 otherwise).
        tenantAccess.requireMember(status.get().employerCode()); // a run is seen only within its employer's tenant
        return ResponseEntity.ok(status.get());
    }

    private static boolean allowed(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(ALLOWED::contains);
    }

    private static ResponseEntity<?> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Map.of("message", "scheduling reviews needs camunda-admin or medical-staffing"));
    }
}
