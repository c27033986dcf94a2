package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * S30 8(i): an upheld appeal sets the review's outcome aside: the level held before it is restored on the
 * record (the history keeps the set-aside review, which no longer counts under S30 24) and the committee
 * reviews again.
 */
@Component("lceaReviewSetAside")
public class SetAsideReviewDelegate implements JavaDelegate {

    private final ExistingLceaRecords records;

    public SetAsideReviewDelegate(ExistingLceaRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int before = ((Number) execution.getVariable("levelBeforeReview")).intValue();
        records.setAsideReview(requiredString(execution, "employeeId"), before, execution.getProcessInstanceId());
        execution.setVariable("currentLevel", before);
        execution.setVariable("newLevel", before);
    }
}
