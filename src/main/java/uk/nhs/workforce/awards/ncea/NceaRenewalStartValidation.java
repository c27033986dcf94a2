package uk.nhs.workforce.awards.ncea;

import static uk.nhs.workforce.awards.AwardInputs.optionalBoolean;
import static uk.nhs.workforce.awards.AwardInputs.refused;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * Start of ncea-renewal-reversion: refuses a start with missing or malformed inputs, for someone who
 * holds no NCEA, or while another renewal outcome for the same consultant is open. A bulk start
 * ({@code awaitRenewalOutcome} true) leaves the outcome to medical staffing's first task.
 */
@Component("nceaRenewalStartValidation")
public class NceaRenewalStartValidation implements ExecutionListener {

    static final String PROCESS_KEY = "ncea-renewal-reversion";

    private final Register register;

    public NceaRenewalStartValidation(Register register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String employeeId = requiredString(execution, "employeeId");
        Consultant consultant = register.consultant(employeeId)
                .orElseThrow(() -> refused("employeeId", "'" + employeeId + "' is not a consultant on the roster"));
        if (consultant.ncea() == null) {
            throw refused("employeeId", "'" + employeeId + "' holds no National CEA on the roster");
        }
        long open = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(employeeId).count();
        if (open > 0) {
            throw refused("employeeId", "'" + employeeId + "' already has an NCEA renewal outcome in progress");
        }
        boolean awaitOutcome = Boolean.TRUE.equals(optionalBoolean(execution, "awaitRenewalOutcome"));
        if (!awaitOutcome) {
            RenewalOutcomeInputs.readAndRoute(execution);
        }
        execution.setProcessBusinessKey(employeeId);
        // Pinned at the start so an edited table applies to new instances, not to ones already running.
        execution.setVariable("reversionDecisionVersion", execution.getProcessEngineServices().getRepositoryService()
                .createDecisionDefinitionQuery().decisionDefinitionKey("ncea-reversion").latestVersion()
                .singleResult().getVersion());
        execution.setVariable("awaitRenewalOutcome", awaitOutcome);
        execution.setVariable("consultantName", consultant.name());
        execution.setVariable("employerCode", consultant.employerCode());
        execution.setVariable("nceaHeld", consultant.ncea().name());
        execution.setVariable("nceaRenewalDue", consultant.nceaRenewalDue() == null ? null
                : consultant.nceaRenewalDue().toString());
    }
}
