package uk.nhs.workforce.platform.tasks;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/** The text of the emails, kept apart from sending so that it reads as what a person receives. */
final class TaskMail {

    private TaskMail() {
    }

    static String subjectLine(String taskName) {
        return "New task for you: " + taskName;
    }

    static String body(String taskName, String caseSubject, Date due, String link, ZoneId zone) {
        return "A task has been given to you in Tasklist.\n\n"
                + "Task: " + taskName + "\n"
                + "Whose case: " + (caseSubject == null ? "see the task" : caseSubject) + "\n"
                + "Due: " + (due == null ? "no due date" : TaskSubject.UK_DATE.format(due.toInstant().atZone(zone))) + "\n\n"
                + "Open it: " + link + "\n";
    }

    record Line(String taskName, Date due, String link) {
    }

    static String digestSubject(int count) {
        return count == 1 ? "1 new task your group can claim" : count + " new tasks your groups can claim";
    }

    static String digestBody(List<Line> lines, ZoneId zone) {
        StringBuilder text = new StringBuilder("New tasks offered to your groups since yesterday's summary. ")
                .append("Open one and press Claim to take it on.\n\n");
        for (Line line : lines) {
            text.append("- ").append(line.taskName());
            if (line.due() != null) {
                text.append(" (due ").append(TaskSubject.UK_DATE.format(line.due().toInstant().atZone(zone))).append(")");
            }
            text.append("\n  ").append(line.link()).append("\n");
        }
        return text.toString();
    }
}
