package uk.nhs.workforce.platform.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Whose case a task is and when it is due, from the well-known variables of each process, so that
 * Tasklist's list can be scanned without opening every task ("Review Existing LCEA: Dr Amelia Hart,
 * due 01/04/2026"). Plain rules, no engine: {@link TaskSubjectListener} applies them on task creation.
 *
 * <p>A variable that is absent or blank is simply left out: a task is never refused for want of a
 * subject. A name that already carries its subject (the awards round names scoring and appeal tasks
 * after the applicant) keeps it.
 */
public final class TaskSubject {

    /** UK date format, as Tasklist and the forms show dates. */
    public static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Which variable holds the due date, per form (the form names the step whatever its element id). */
    private static final Map<String, String> DUE_BY_FORM = Map.of(
            // applications close at the end of the closing date set in the scheme (S30 8)
            "lcea-round-application", "applicationsCloseAt",
            // appeals are lodged and decided within the appeal window (S30 8(i), 12)
            "lcea-round-appeal", "appealsCloseAt",
            "lcea-round-appeal-decision", "appealsCloseAt",
            // the review is due five years after the last point, plus excluded absence (S30 16)
            "lcea-review-score", "reviewDueDate",
            "lcea-review-level9-renewal", "reviewDueDate",
            "lcea-review-change-of-circumstances", "reviewDueDate");

    private TaskSubject() {
    }

    /** The subject of a task of this process, from its variables; null where none is known. */
    public static String subject(String processKey, Function<String, Object> variables) {
        if (processKey == null) {
            return null;
        }
        return switch (processKey) {
            case "existing-lcea-review", "ncea-renewal-reversion" -> join(text(variables, "consultantName"));
            case "lcea-annual-round", "lcea-round-scheduler" ->
                    join(text(variables, "employerName"), text(variables, "awardYear"));
            case "cluster-executive-appointment", "appointment-director-recruitment" ->
                    join(text(variables, "postTitle"), text(variables, "clusterCode"));
            case "ned-rationalisation" -> join(text(variables, "clusterCode"));
            case "board-vacancy" -> join(firstOf(variables, "boardName", "organisationCode"), text(variables, "vacatedName"));
            default -> join(firstOf(variables, "consultantName", "boardName", "clusterCode", "employerName"));
        };
    }

    /** The due date a task of this form takes from its variables; null where the scheme sets none. */
    public static Date due(String formRef, Function<String, Object> variables, ZoneId zone) {
        String variable = formRef == null ? null : DUE_BY_FORM.get(formRef);
        return variable == null ? null : date(variables.apply(variable), zone);
    }

    /** The task's name with its subject and due date ("Name: subject, due dd/mm/yyyy"). */
    public static String name(String name, String subject, Date due, ZoneId zone) {
        String base = name == null ? "" : name;
        StringBuilder result = new StringBuilder(base);
        if (subject != null && !base.contains(": ")) {
            result.append(": ").append(subject);
        }
        if (due != null) {
            result.append(result.toString().contains(": ") ? ", due " : ": due ")
                    .append(UK_DATE.format(due.toInstant().atZone(zone)));
        }
        return result.toString();
    }

    static Date date(Object value, ZoneId zone) {
        if (value instanceof Date d) {
            return d;
        }
        if (value instanceof LocalDate d) {
            return Date.from(d.atStartOfDay(zone).toInstant());
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Date.from(LocalDate.parse(s.trim()).atStartOfDay(zone).toInstant());
            } catch (DateTimeParseException notADate) {
                try {
                    return Date.from(LocalDateTime.parse(s.trim()).atZone(zone).toInstant());
                } catch (DateTimeParseException notADateTime) {
                    try {
                        return Date.from(Instant.parse(s.trim()));
                    } catch (DateTimeParseException unreadable) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static String firstOf(Function<String, Object> variables, String... names) {
        for (String name : names) {
            String value = text(variables, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(Function<String, Object> variables, String name) {
        Object value;
        try {
            value = variables.apply(name);
        } catch (RuntimeException unreadable) {
            return null;
        }
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join(", ", present);
    }
}
