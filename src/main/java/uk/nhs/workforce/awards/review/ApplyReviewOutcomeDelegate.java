package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.requiredDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredInteger;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies the existing-lcea-review table's result: points lost come off the consultant's record,
 * never below 0, and the next review is set (S30 16(ii), 16(iii)). A score the table has no row for
 * is refused.
 */
@Component("lceaReviewApplyOutcome")
public class ApplyReviewOutcomeDelegate implements JavaDelegate {

    private final ExistingLceaRecords records;

    public ApplyReviewOutcomeDelegate(ExistingLceaRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int reviewScore = requiredInteger(execution, "reviewScore", Integer.MIN_VALUE + 1, Integer.MAX_VALUE);
        Object result = execution.getVariable("reviewDecision");
        execution.removeVariable("reviewDecision");
        ReviewOutcome.DecisionRow row = result instanceof Map<?, ?> m
                ? new ReviewOutcome.DecisionRow((String) m.get("reviewOutcome"), ((Number) m.get("pointsLost")).intValue(),
                        ((Number) m.get("yearsToNextReview")).intValue())
                : null;
        int currentLevel = requiredInteger(execution, "currentLevel", 1, 9);
        LocalDate reviewDate = requiredDate(execution, "reviewDate");
        ReviewOutcome outcome;
        try {
            outcome = ReviewOutcome.apply(reviewScore, currentLevel, row, reviewDate,
                    requiredInteger(execution, "excludedAbsenceDays", 0, 36_500));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        records.recordReview(requiredString(execution, "employeeId"), reviewDate, currentLevel, outcome.newLevel(),
                outcome.pointsLost(), execution.getProcessInstanceId());

        execution.setVariable("reviewOutcome", outcome.reviewOutcome());
        execution.setVariable("pointsLost", outcome.pointsLost());
        execution.setVariable("yearsToNextReview", row.yearsToNextReview());
        execution.setVariable("newLevel", outcome.newLevel());
        execution.setVariable("currentLevel", outcome.newLevel());
        String next = outcome.nextReviewDate() == null ? null : outcome.nextReviewDate().toString();
        execution.setVariable("nextReviewDate", next);
        if (next != null) {
            execution.setVariable("reviewTimerDate", next);
        }
    }
}
