package uk.nhs.workforce.awards.ncea;

import static uk.nhs.workforce.awards.AwardInputs.refused;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The awards committee's decision on a holder who made no renewal application in exceptional
 * circumstances (S30 8(iv)): reversion to level 8 or 7 (S30 8(ii)) or loss. Checked here because
 * the form's own validation does not run for REST completions.
 */
@Component("nceaPanelDecided")
public class NceaPanelDecided implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String decision = requiredString(task, "panelDecision");
        Integer level = switch (decision) {
            case "REVERT_TO_LEVEL_8" -> 8;
            case "REVERT_TO_LEVEL_7" -> 7;
            case "AWARD_LOST" -> null;
            default -> throw refused("panelDecision",
                    "must be REVERT_TO_LEVEL_8, REVERT_TO_LEVEL_7 or AWARD_LOST, not '" + decision + "'");
        };
        task.getExecution().setVariable("revertedLceaLevel", level);
    }
}
