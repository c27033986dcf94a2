package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.requiredDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredInteger;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.awards.ReviewDates;

/**
 * S30 17: records a level 9 renewal made under the existing arrangements; the next review is the
 * anticipated five-yearly one, which from April 2021 uses the score table.
 */
@Component("lceaReviewApplyLevel9Renewal")
public class ApplyLevel9RenewalDelegate implements JavaDelegate {

    private final ExistingLceaRecords records;

    public ApplyLevel9RenewalDelegate(ExistingLceaRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate reviewDate = requiredDate(execution, "reviewDate");
        int newLevel = requiredInteger(execution, "levelAfterRenewal", 0, 9);
        records.recordLevel9Renewal(requiredString(execution, "employeeId"), reviewDate, newLevel,
                execution.getProcessInstanceId());
        execution.setVariable("newLevel", newLevel);
        execution.setVariable("pointsLost", 9 - newLevel);
        execution.setVariable("reviewOutcome", newLevel == 9 ? "RENEWED" : "NOT_RENEWED");
        if (newLevel == 0) {
            execution.setVariable("nextReviewDate", null);
            return;
        }
        execution.setVariable("currentLevel", newLevel);
        String next = ReviewDates.notBeforeReviewsFrom(ReviewDueDate.afterLevel9Renewal(reviewDate, 0)).toString();
        execution.setVariable("nextReviewDate", next);
        execution.setVariable("reviewTimerDate", next);
    }
}
