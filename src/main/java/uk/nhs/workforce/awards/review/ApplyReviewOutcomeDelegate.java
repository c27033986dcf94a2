package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.optionalDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredInteger;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.awards.pay.AwardChangePay;
import uk.nhs.workforce.awards.pay.PayConsequencesOfChange;
import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * Applies the existing-lcea-review table's result: points lost come off the consultant's record,
 * never below 0, and the next review is set (S30 16(ii), 16(iii)). A score the table has no row for
 * is refused.
 */
@Component("lceaReviewApplyOutcome")
public class ApplyReviewOutcomeDelegate implements JavaDelegate {

    private final ExistingLceaRecords records;
    private final Register register;
    private final PayConsequencesOfChange payConsequences;
    private final ReviewSettings settings;

    public ApplyReviewOutcomeDelegate(ExistingLceaRecords records, Register register,
            PayConsequencesOfChange payConsequences, ReviewSettings settings) {
        this.records = records;
        this.register = register;
        this.payConsequences = payConsequences;
        this.settings = settings;
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
        String employeeId = requiredString(execution, "employeeId");
        records.recordReview(employeeId, reviewDate, currentLevel, outcome.newLevel(),
                outcome.pointsLost(), execution.getProcessInstanceId());

        execution.setVariable("reviewOutcome", outcome.reviewOutcome());
        execution.setVariable("pointsLost", outcome.pointsLost());
        execution.setVariable("yearsToNextReview", row.yearsToNextReview());
        execution.setVariable("newLevel", outcome.newLevel());
        execution.setVariable("levelBeforeReview", currentLevel);
        execution.setVariable("currentLevel", outcome.newLevel());
        // S30 8(i): the consultant may appeal the outcome within the window
        execution.setVariable("reviewAppealCloseAt", java.util.Date.from(org.camunda.bpm.engine.impl.util.ClockUtil
                .getCurrentTime().toInstant().plus(java.time.Duration.ofDays(settings.getAppealWindowDays()))));
        if (outcome.pointsLost() > 0) {
            Consultant consultant = register.consultant(employeeId).orElse(null);
            payConsequences.record(execution,
                    outcome.newLevel() == 0 ? AwardChangePay.Change.AWARD_LOST : AwardChangePay.Change.POINTS_LOST,
                    reviewDate, consultant, outcome.newLevel() == 0 ? null
                            : PayConsequencesOfChange.existingLcea(optionalDate(execution, "lastAwardPointDate"),
                                    optionalDate(execution, "reversionDate")));
        }
        String next = outcome.nextReviewDate() == null ? null : outcome.nextReviewDate().toString();
        execution.setVariable("nextReviewDate", next);
        if (next != null) {
            execution.setVariable("reviewTimerDate", next);
        }
    }
}
