package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.optionalInteger;
import static uk.nhs.workforce.awards.AwardInputs.refused;
import static uk.nhs.workforce.awards.AwardInputs.requiredDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The renewal outcome of a level 9 under the existing arrangements (S30 17), checked on the server. */
@Component("lceaReviewLevel9RenewalRecorded")
public class Level9RenewalRecorded implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String reviewDate = requiredDate(task, "reviewDate").toString();
        String outcome = requiredString(task, "renewalOutcome");
        int levelAfter;
        switch (outcome) {
            case "RENEWED" -> levelAfter = 9;
            case "NOT_RENEWED" -> {
                Integer level = optionalInteger(task, "levelAfterRenewal", 0, 8);
                if (level == null) {
                    throw refused("levelAfterRenewal", "is required when the level 9 is not renewed (0 to 8)");
                }
                levelAfter = level;
            }
            default -> throw refused("renewalOutcome", "must be RENEWED or NOT_RENEWED, not '" + outcome + "'");
        }
        task.getExecution().setVariable("reviewDate", reviewDate);
        task.getExecution().setVariable("levelAfterRenewal", levelAfter);
    }
}
