package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.optionalDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * S30 15: a holder who stops working for any Schedule 30 employer receives no award value from the
 * date they leave; likewise when the change-of-circumstances provisions end the award. The leaving
 * date comes with the ConsultantLeftSchedule30Employment message ({@code leftOn}), else today.
 */
@Component("lceaReviewEndAward")
public class EndAwardDelegate implements JavaDelegate {

    private final ExistingLceaRecords records;

    public EndAwardDelegate(ExistingLceaRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable("awardEndReason");
        String endReason = reason == null ? "LEFT" : reason.toString();
        LocalDate leftOn = optionalDate(execution, "leftOn");
        LocalDate endedOn = leftOn != null ? leftOn
                : ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        Object level = execution.getVariable("currentLevel");
        records.recordEnded(requiredString(execution, "employeeId"), endedOn,
                level instanceof Number n ? n.intValue() : 0, endReason, execution.getProcessInstanceId());
        execution.setVariable("awardEndReason", endReason);
        execution.setVariable("awardEndedOn", endedOn.toString());
        execution.setVariable("nextReviewDate", null);
    }
}
