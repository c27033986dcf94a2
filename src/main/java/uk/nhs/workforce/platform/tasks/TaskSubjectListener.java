package uk.nhs.workforce.platform.tasks;

import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On creation, names a task after its case and sets its due date where the scheme sets one
 * ({@link TaskSubject}). Added to every user task by {@link UserTaskPlugin}, after the model's own
 * listeners, so that a name a feature already gave the task is kept.
 */
final class TaskSubjectListener implements TaskListener {

    private final String processKey;
    private final String formRef;
    private final ZoneId zone;

    TaskSubjectListener(String processKey, String formRef, ZoneId zone) {
        this.processKey = processKey;
        this.formRef = formRef;
        this.zone = zone;
    }

    @Override
    public void notify(DelegateTask task) {
        String subject = TaskSubject.subject(processKey, task::getVariable);
        Date due = task.getDueDate();
        if (due == null) {
            due = TaskSubject.due(formRef, task::getVariable, zone);
            if (due != null) {
                task.setDueDate(due);
            }
        }
        String name = TaskSubject.name(task.getName(), subject, due, zone);
        if (!name.equals(task.getName())) {
            task.setName(name);
        }
    }
}
