package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.requiredDate;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * S30 16(iii): maternity, paternity, adoption or extended sick leave taken during a waiting period is
 * excluded from it. The ConsultantAbsenceRecorded message (variable absenceDays, a whole number above 0)
 * moves the waiting review's date and its timer later by that many days, on the score-table and the level 9
 * paths alike; the instance then waits again. A bad absenceDays refuses the message and changes nothing.
 */
@Component("lceaReviewDeferForAbsence")
public class DeferReviewForAbsence implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Object raw = execution.getVariable("absenceDays");
        if (!(raw instanceof Integer days) || days <= 0) {
            throw new ProcessEngineException("absenceDays must be a whole number of days above 0 (S30 16(iii)), was "
                    + raw);
        }
        LocalDate moved = requiredDate(execution, "reviewTimerDate").plusDays(days);
        execution.setVariable("reviewTimerDate", moved.toString());
        execution.setVariable("reviewDueDate", moved.toString());
        if (execution.getVariable("nextReviewDate") != null) {
            execution.setVariable("nextReviewDate", moved.toString());
        }
        Object total = execution.getVariable("absenceDaysRecorded");
        execution.setVariable("absenceDaysRecorded", (total instanceof Integer t ? t : 0) + days);
        execution.removeVariable("absenceDays");
    }
}
