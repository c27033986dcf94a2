package uk.nhs.workforce.rosters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One column of a roster file: its CSV header (also the table column), how a cell is read, whether a
 * value is required, and whether the column itself may be left out of the file (only {@code user_id} and the consultants' {@code left_on}).
 */
record RosterColumn(String name, Function<String, Object> reader, boolean valueRequired, boolean headerOptional) {

    static RosterColumn required(String name, Function<String, Object> reader) {
        return new RosterColumn(name, reader, true, false);
    }

    static RosterColumn optional(String name, Function<String, Object> reader) {
        return new RosterColumn(name, reader, false, false);
    }

    static RosterColumn userId() {
        return new RosterColumn("user_id", text(64), false, true);
    }

    /** Consultants: the S30 7 leaving date; the column may be left out, as {@code user_id} may. */
    static RosterColumn leftOn() {
        return new RosterColumn("left_on", date(), false, true);
    }

    /** Reads a non-empty cell; throws IllegalArgumentException whose message is shown to the uploader. */
    Object read(String cell) {
        return reader.apply(cell);
    }

    static Function<String, Object> text(int maxLength) {
        return s -> {
            if (s.length() > maxLength) {
                throw new IllegalArgumentException("longer than " + maxLength + " characters");
            }
            return s;
        };
    }

    static Function<String, Object> oneOf(Class<? extends Enum<?>> type) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return s -> {
            if (!allowed.contains(s)) {
                throw new IllegalArgumentException("'" + s + "' is not one of " + String.join(", ", allowed));
            }
            return s;
        };
    }

    static Function<String, Object> date() {
        return s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a date in the form YYYY-MM-DD");
            }
        };
    }

    static Function<String, Object> bool() {
        return s -> switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + s + "' is not true or false");
        };
    }

    static Function<String, Object> decimal(BigDecimal min, BigDecimal max) {
        return s -> {
            BigDecimal value;
            try {
                value = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not a number");
            }
            if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
                throw new IllegalArgumentException(s + " is outside " + (min == null ? "" : min.toPlainString())
                        + "–" + (max == null ? "" : max.toPlainString()));
            }
            return value;
        };
    }

    static Function<String, Object> integer(int min, int max) {
        return s -> {
            int value;
            try {
                value = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not a whole number");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(value + " is outside " + min + "–" + max);
            }
            return value;
        };
    }

    /** {@code ;}-separated organisation codes, kept in the file's order without blanks. */
    static Function<String, Object> codes() {
        return s -> String.join(";", RosterRowMappers.splitCodes(s));
    }
}
