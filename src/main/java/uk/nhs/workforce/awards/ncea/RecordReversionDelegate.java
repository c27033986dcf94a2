package uk.nhs.workforce.awards.ncea;

import static uk.nhs.workforce.awards.AwardInputs.requiredDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredInteger;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.awards.ReviewDates;
import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * Replaces the NCEA with a consolidated, pensionable Existing LCEA (S30 8(ii)), funded as S30 8(iii)
 * or 14(iii) say. Where the consultant's Existing LCEA is already under local review (a later
 * unsuccessful Future NCEA application, S30 24) the points that review removed are deducted and the
 * review keeps its timing; otherwise the first review is three years on, not before April 2021 (S30 18).
 */
@Component("nceaRecordReversion")
public class RecordReversionDelegate implements JavaDelegate {

    static final String REVIEW_PROCESS_KEY = "existing-lcea-review";

    private final Register register;
    private final NceaRecords records;

    public RecordReversionDelegate(Register register, NceaRecords records) {
        this.register = register;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String employeeId = requiredString(execution, "employeeId");
        LocalDate decisionDate = requiredDate(execution, "decisionDate");
        int tableLevel = requiredInteger(execution, "revertedLceaLevel", 7, 8);
        Consultant consultant = register.consultant(employeeId).orElseThrow();

        ProcessInstance runningReview = execution.getProcessEngineServices().getRuntimeService()
                .createProcessInstanceQuery().processDefinitionKey(REVIEW_PROCESS_KEY)
                .processInstanceBusinessKey(employeeId).singleResult();
        boolean keepReviewTiming = runningReview != null;
        int level;
        String nextReviewDate;
        if (keepReviewTiming) {
            level = RevertedLevel.of(tableLevel, records.pointsRemovedByReviewSinceLastReversion(employeeId));
            Object due = execution.getProcessEngineServices().getRuntimeService()
                    .getVariable(runningReview.getId(), "reviewTimerDate");
            nextReviewDate = due == null ? null : due.toString();
        } else {
            level = tableLevel;
            nextReviewDate = ReviewDates.yearsAfter(decisionDate, 3, 0).toString();
        }
        ReversionFunding funding = ReversionFunding.on(decisionDate);
        records.recordReversion(employeeId, decisionDate, consultant.ncea() == null ? null : consultant.ncea().name(),
                consultant.lceaLevel(), level, funding, keepReviewTiming, execution.getProcessInstanceId());

        execution.setVariable("revertedLceaLevel", level);
        execution.setVariable("reversionFunding", funding.name());
        execution.setVariable("reviewTimingKept", keepReviewTiming);
        execution.setVariable("nextReviewDate", nextReviewDate);
    }
}
