package uk.nhs.workforce.awards.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.nhs.workforce.platform.TenantAccess;

/**
 * {@code POST /api/awards/reviews/schedule?employerCode=TR-NBH}: bulk scheduling of Existing LCEA
 * reviews and overdue NCEA renewal outcomes for one employer; for administrators and medical staffing.
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
        boolean allowed = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(ALLOWED::contains);
        if (!allowed) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", "scheduling reviews needs camunda-admin or medical-staffing"));
        }
        tenantAccess.requireMember(employerCode); // only the employer's own tenant (CONTRACT §2a, §6)
        try {
            LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            return ResponseEntity.ok(scheduling.schedule(employerCode, today));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
        }
    }
}
