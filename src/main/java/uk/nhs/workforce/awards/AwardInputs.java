package uk.nhs.workforce.awards;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads process and task variables of the award processes as the contract types them, refusing a
 * missing or malformed one with a message that names the variable. Values come from three sources
 * (REST with typed JSON, Tasklist forms, Java), so numbers may arrive as Integer, Long or Double and
 * dates as ISO text or java.util.Date; each is accepted only when it means exactly one value.
 */
public final class AwardInputs {

    private AwardInputs() {
    }

    public static String requiredString(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw refused(name, "is required");
        }
        if (!(value instanceof String s)) {
            throw refused(name, "must be text, not " + value.getClass().getSimpleName());
        }
        return s.trim();
    }

    public static Boolean optionalBoolean(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.valueOf(s);
        }
        throw refused(name, "must be true or false, not '" + value + "'");
    }

    public static boolean requiredBoolean(VariableScope scope, String name) {
        Boolean value = optionalBoolean(scope, name);
        if (value == null) {
            throw refused(name, "is required (true or false)");
        }
        return value;
    }

    public static Integer optionalInteger(VariableScope scope, String name, int min, int max) {
        Object value = scope.getVariable(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        long whole;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            whole = ((Number) value).longValue();
        } else if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            whole = d.longValue();
        } else if (value instanceof String s && s.trim().matches("-?\\d{1,9}")) {
            whole = Long.parseLong(s.trim());
        } else {
            throw refused(name, "must be a whole number, not '" + value + "'");
        }
        if (whole < min || whole > max) {
            throw refused(name, "must be between " + min + " and " + max + ", not " + whole);
        }
        return (int) whole;
    }

    public static int requiredInteger(VariableScope scope, String name, int min, int max) {
        Integer value = optionalInteger(scope, name, min, max);
        if (value == null) {
            throw refused(name, "is required (a whole number from " + min + " to " + max + ")");
        }
        return value;
    }

    public static LocalDate optionalDate(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof Date d) {
            return uk.nhs.workforce.platform.InputRanges.date(name, d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        }
        if (value instanceof LocalDate d) {
            return uk.nhs.workforce.platform.InputRanges.date(name, d);
        }
        if (value instanceof String s) {
            try {
                return uk.nhs.workforce.platform.InputRanges.date(name, LocalDate.parse(s.trim()));
            } catch (DateTimeParseException e) {
                throw refused(name, "must be a date YYYY-MM-DD, not '" + s + "'");
            }
        }
        throw refused(name, "must be a date YYYY-MM-DD, not " + value.getClass().getSimpleName());
    }

    public static LocalDate requiredDate(VariableScope scope, String name) {
        LocalDate value = optionalDate(scope, name);
        if (value == null) {
            throw refused(name, "is required (a date YYYY-MM-DD)");
        }
        return value;
    }

    public static ProcessEngineException refused(String name, String problem) {
        return new ProcessEngineException(name + " " + problem);
    }
}
