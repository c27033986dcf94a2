package uk.nhs.workforce.awards.round;

import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Register;

/**
 * One committee member's scoring of one application (issue 5 step 4): the task shows the application,
 * and on completion the five ratings must each be 10, 6, 2 or 0 unless the member declared a conflict
 * of interest. Checked here because a form's validation runs only in the browser: a rating of 7 sent
 * through the REST API is refused naming the field and the task stays open.
 */
@Component("lceaRoundScoreTask")
public class ScoreTaskListener implements TaskListener, ExecutionListener {

    private final RoundRepository rounds;
    private final Register register;

    public ScoreTaskListener(RoundRepository rounds, Register register) {
        this.rounds = rounds;
        this.register = register;
    }

    /**
     * Once per application, as its scoring sub-process starts: the applicant and the five statements the
     * members read, held on the sub-process so the seven members' tasks share one copy and one lookup.
     */
    @Override
    public void notify(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        RoundRepository.StoredApplication app = rounds.application(applicationId).orElseThrow(
                () -> new ProcessEngineException("application " + applicationId + " is not recorded"));
        register.consultant(app.employeeId()).ifPresent(c -> {
            execution.setVariableLocal("applicantName", c.name());
            execution.setVariableLocal("applicantDetails", RoundVariables.label(c));
        });
        for (ScoringDomain d : ScoringDomain.values()) {
            execution.setVariableLocal(d.statementVariable(), app.statements().get(d));
        }
    }

    @Override
    public void notify(DelegateTask task) {
        String applicationId = (String) task.getVariable("applicationId");
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // each member's ratings stay on their own task's execution, not the application's
            for (ScoringDomain d : ScoringDomain.values()) {
                task.getExecution().setVariableLocal(d.ratingVariable(), null);
            }
            task.getExecution().setVariableLocal("conflictOfInterest", null);
            RoundVariables.nameAfterApplicant(task, task.getVariable("applicantName"));
            return;
        }
        Boolean conflict = RoundInputs.optionalFlag(task.getVariable("conflictOfInterest"), "conflictOfInterest");
        boolean hasConflict = conflict != null && conflict;
        Map<ScoringDomain, Integer> ratings = new EnumMap<>(ScoringDomain.class);
        if (!hasConflict) {
            for (ScoringDomain d : ScoringDomain.values()) {
                try {
                    ratings.put(d, d.requireRating(task.getVariable(d.ratingVariable())));
                } catch (IllegalArgumentException e) {
                    throw new ProcessEngineException(e.getMessage());
                }
            }
        }
        String member = task.getAssignee() != null ? task.getAssignee() : (String) task.getVariable("committeeMember");
        rounds.saveScore(new MemberScore(applicationId, member, hasConflict, ratings, false));
    }
}
