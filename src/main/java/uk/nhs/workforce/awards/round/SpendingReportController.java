package uk.nhs.workforce.awards.round;

import java.security.Principal;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.nhs.workforce.platform.TenantAccess;

/** The round's spending and equality report as CSV (S30 9, 14), for the groups that run and oversee rounds. */
@RestController
public class SpendingReportController {

    private static final Set<String> READERS = Set.of("medical-staffing", "jlnc", "awards-committee", "camunda-admin");

    private final HistoryService historyService;
    private final IdentityService identityService;
    private final TenantAccess tenantAccess;

    public SpendingReportController(HistoryService historyService, IdentityService identityService, TenantAccess tenantAccess) {
        this.historyService = historyService;
        this.identityService = identityService;
        this.tenantAccess = tenantAccess;
    }

    @GetMapping(value = "/api/awards/rounds/{processInstanceId}/spending-report.csv")
    public ResponseEntity<String> csv(@PathVariable String processInstanceId, Principal principal) {
        if (principal == null || identityService.createGroupQuery().groupMember(principal.getName()).list().stream()
                .noneMatch(g -> READERS.contains(g.getId()))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        HistoricProcessInstance round = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (round == null) {
            return ResponseEntity.notFound().build();
        }
        tenantAccess.requireMember(round.getTenantId()); // the employer's report, for its own tenant (CONTRACT §2a)
        HistoricVariableInstance csv = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName("spendingReportCsv").singleResult();
        if (csv == null || csv.getValue() == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lcea-round-" + processInstanceId + ".csv\"")
                .contentType(uk.nhs.workforce.platform.CsvCells.MEDIA_TYPE).body(RoundVariables.textOf(csv.getValue()));
    }
}
