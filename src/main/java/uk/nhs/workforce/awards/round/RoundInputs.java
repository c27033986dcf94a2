package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Reads values as Tasklist forms and the REST API deliver them (numbers as Long, Double or text; booleans
 * as Boolean or text) and refuses anything else with a message naming the variable.
 */
final class RoundInputs {

    static final int STATEMENT_LIMIT = 4000;

    private RoundInputs() {
    }

    static String text(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            throw new ProcessEngineException(name + " is required");
        }
        return value.toString().trim();
    }

    static String statement(Object value, String name) {
        String s = text(value, name);
        if (s.length() > STATEMENT_LIMIT) {
            throw new ProcessEngineException(name + " is longer than " + STATEMENT_LIMIT + " characters");
        }
        return s;
    }

    static int wholeNumber(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            throw new ProcessEngineException(name + " is required");
        }
        try {
            BigDecimal d = new BigDecimal(value.toString().trim());
            return d.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ProcessEngineException(name + " must be a whole number, was '" + value + "'");
        }
    }

    /** An optional amount of money, £, not negative; null when not given. */
    static BigDecimal optionalMoney(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new ProcessEngineException(name + " must be an amount in pounds, was '" + value + "'");
        }
        if (d.signum() < 0) {
            throw new ProcessEngineException(name + " must not be negative, was " + value);
        }
        // bounded before any arithmetic: 1e308 is refused, not computed with
        uk.nhs.workforce.platform.InputRanges.money(name, d);
        return d.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal money(Object value, String name) {
        BigDecimal d = optionalMoney(value, name);
        if (d == null) {
            throw new ProcessEngineException(name + " is required");
        }
        return d;
    }

    static Boolean optionalFlag(Object value, String name) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().trim().toLowerCase()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new ProcessEngineException(name + " must be true or false, was '" + value + "'");
        };
    }

    static boolean flag(Object value, String name) {
        Boolean b = optionalFlag(value, name);
        if (b == null) {
            throw new ProcessEngineException(name + " is required (true or false)");
        }
        return b;
    }

    static <E extends Enum<E>> E choice(Class<E> type, Object value, String name) {
        String s = text(value, name);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", was '" + s + "'");
        }
    }

    static double toDouble(BigDecimal d) {
        return d == null ? 0 : d.doubleValue();
    }
}
