package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.refused;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Medical staffing's change-of-circumstances decision (S30 4, 15), checked on the server. */
@Component("lceaReviewChangeOfCircumstancesDecided")
public class ChangeOfCircumstancesDecided implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String decision = requiredString(task, "changeOfCircumstancesDecision");
        switch (decision) {
            case "CONTINUE" -> {
                task.getExecution().setVariable("employerCode", task.getVariable("newEmployerCode"));
                task.getExecution().setVariable("specialty", task.getVariable("newSpecialty"));
            }
            case "END_AWARD" -> task.getExecution().setVariable("awardEndReason", "CHANGE_OF_CIRCUMSTANCES");
            default -> throw refused("changeOfCircumstancesDecision", "must be CONTINUE or END_AWARD, not '" + decision + "'");
        }
    }
}
