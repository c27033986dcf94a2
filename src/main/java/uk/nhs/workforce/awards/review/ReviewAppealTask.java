package uk.nhs.workforce.awards.review;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Register;

/**
 * S30 8(i): schemes keep an internal appeals mechanism. After a review's outcome the consultant (or medical
 * staffing for them) may appeal within the window; the appeals panel upholds the appeal, and the review is
 * taken again, or dismisses it. Both answers are checked here however the task is completed.
 */
@Component("lceaReviewAppealTask")
public class ReviewAppealTask implements TaskListener {

    static final String LODGE_TASK = "UserTask_AppealReview";

    private final Register register;

    public ReviewAppealTask(Register register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (LODGE_TASK.equals(task.getTaskDefinitionKey())) {
                // the consultant appeals their own outcome from Tasklist when the roster gives their login
                Object employeeId = task.getVariable("employeeId");
                register.consultant(employeeId == null ? null : employeeId.toString())
                        .map(c -> c.userId()).filter(u -> u != null && !u.isBlank())
                        .ifPresent(task::addCandidateUser);
            }
            return;
        }
        if (LODGE_TASK.equals(task.getTaskDefinitionKey())) {
            boolean lodged = flag(task.getVariable("reviewAppealLodged"), "reviewAppealLodged");
            task.setVariable("reviewAppealLodged", lodged);
            if (lodged) {
                task.setVariable("reviewAppealGrounds", text(task.getVariable("reviewAppealGrounds"), "reviewAppealGrounds"));
            }
            return;
        }
        boolean upheld = flag(task.getVariable("reviewAppealUpheld"), "reviewAppealUpheld");
        task.setVariable("reviewAppealUpheld", upheld);
        task.setVariable("reviewAppealDecision", text(task.getVariable("reviewAppealDecision"), "reviewAppealDecision"));
    }

    private static boolean flag(Object value, String name) {
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw new ProcessEngineException(name + " is required: true or false");
    }

    private static String text(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            throw new ProcessEngineException(name + " is required");
        }
        if (value.toString().length() > 4000) {
            throw new ProcessEngineException(name + " is longer than 4000 characters");
        }
        return value.toString().trim();
    }
}
