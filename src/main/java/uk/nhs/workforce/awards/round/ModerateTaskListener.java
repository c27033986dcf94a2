package uk.nhs.workforce.awards.round;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The chair's moderation of outlying scores: keep them, or set them aside with a recorded reason. */
@Component("lceaRoundModerateTask")
public class ModerateTaskListener implements TaskListener {

    private final RoundRepository rounds;

    public ModerateTaskListener(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().setVariableLocal("setAsideOutliers", null);
            task.getExecution().setVariableLocal("moderationNote", null);
            RoundVariables.nameAfterApplicant(task, task.getVariable("applicantName"));
            return;
        }
        boolean setAside = RoundInputs.flag(task.getVariable("setAsideOutliers"), "setAsideOutliers");
        RoundInputs.statement(task.getVariable("moderationNote"), "moderationNote");
        if (setAside) {
            String outliers = (String) task.getVariable("outlierMembers");
            rounds.setAside((String) task.getVariable("applicationId"),
                    Arrays.stream(outliers.split(",")).filter(s -> !s.isBlank()).toList());
        }
    }
}
