package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.optionalDate;
import static uk.nhs.workforce.awards.AwardInputs.optionalInteger;
import static uk.nhs.workforce.awards.AwardInputs.refused;
import static uk.nhs.workforce.awards.AwardInputs.requiredDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredInteger;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * Start of existing-lcea-review: checks the inputs (CONTRACT §4), refuses a second review for the
 * same consultant, and computes reviewDueDate (S30 16(i), 16(iii), 17, 18). The consultant's employee
 * id becomes the business key, which is how "one review per consultant" and message correlation find it.
 */
@Component("lceaReviewStartValidation")
public class ReviewStartValidation implements ExecutionListener {

    public static final String PROCESS_KEY = "existing-lcea-review";

    private final Register register;

    public ReviewStartValidation(Register register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String employeeId = requiredString(execution, "employeeId");
        int currentLevel = requiredInteger(execution, "currentLevel", 1, 9);
        LocalDate lastAwardPointDate = requiredDate(execution, "lastAwardPointDate");
        Integer absence = optionalInteger(execution, "excludedAbsenceDays", 0, 36_500);
        int excludedAbsenceDays = absence == null ? 0 : absence;
        // Set by a reversion from an NCEA: the first review is then three years after it (S30 18).
        LocalDate reversionDate = optionalDate(execution, "reversionDate");
        Consultant consultant = register.consultant(employeeId)
                .orElseThrow(() -> refused("employeeId", "'" + employeeId + "' is not a consultant on the roster"));
        long running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(employeeId).count();
        if (running > 0) {
            throw refused("employeeId", "'" + employeeId + "' already has an Existing LCEA review running");
        }
        LocalDate due = ReviewDueDate.first(currentLevel, lastAwardPointDate, excludedAbsenceDays, reversionDate);

        execution.setProcessBusinessKey(employeeId);
        execution.setVariable("currentLevel", currentLevel);
        execution.setVariable("lastAwardPointDate", lastAwardPointDate.toString());
        execution.setVariable("excludedAbsenceDays", excludedAbsenceDays);
        execution.setVariable("reversionDate", reversionDate == null ? null : reversionDate.toString());
        execution.setVariable("reviewDueDate", due.toString());
        // The date the timer waits for: reviewDueDate first, then each nextReviewDate.
        execution.setVariable("reviewTimerDate", due.toString());
        execution.setVariable("consultantName", consultant.name());
        execution.setVariable("employerCode", consultant.employerCode());
        execution.setVariable("specialty", consultant.specialty());
        execution.setVariable("reviewDecisionVersion", execution.getProcessEngineServices().getRepositoryService()
                .createDecisionDefinitionQuery().decisionDefinitionKey(PROCESS_KEY).latestVersion()
                .singleResult().getVersion());
    }
}
