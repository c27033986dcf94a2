package uk.nhs.workforce.appointments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * No appointable candidate (or an empty pool): the next stage of G 23 / G 27. Stage 3, open
 * competition, is the last: it is advertised again, or the post is closed as not filled with a
 * reason and an interim arrangement.
 */
@Component("moveToNextStage")
public class NextStage implements JavaDelegate {

    /** Panel answers of the stage just closed, so the next stage's forms start empty. */
    static final String[] STAGE_ANSWERS = {"shortlistedCandidates", "confirmedShortlist", "noneShortlisted",
            "appointableCandidates", "preferredCandidate", "interviewNotes", "oversightDecision", "oversightReason",
            "openCompetitionCandidates", "preferredExternalCandidate", "externalLaHealthExperience",
            "openCompetitionOutcome"};

    @Override
    public void execute(DelegateExecution execution) {
        int stage = ((Number) execution.getVariable("stage")).intValue();
        execution.setVariable("stage", Math.min(3, stage + 1));
        for (String answer : STAGE_ANSWERS) {
            execution.removeVariable(answer);
        }
    }
}
