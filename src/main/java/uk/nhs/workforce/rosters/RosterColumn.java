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

    /** Dates a roster can mean: none before 1900 or after 2100 (a typo such as 9999-12-31 is refused, not stored). */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    static Function<String, Object> date() {
        return s -> {
            LocalDate value;
            try {
                value = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a date in the form YYYY-MM-DD");
            }
            if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
                throw new IllegalArgumentException(s + " is outside 1900-01-01–2100-12-31");
            }
            return value;
        };
    }

    /** A date that has already happened (such as a first appointment), within the range of {@link #date()}. */
    static Function<String, Object> pastDate() {
        Function<String, Object> date = date();
        return s -> {
            LocalDate value = (LocalDate) date.apply(s);
            if (value.isAfter(LocalDate.now())) {
                throw new IllegalArgumentException(s + " is in the future");
            }
            return value;
        };
    }

    /**
     * Control characters (line breaks and tabs inside a cell included) and bidirectional overrides, which make
     * a name read differently from what is stored, are refused in every cell; the message names the character.
     */
    static String unsafeCharacter(String cell) {
        for (int i = 0; i < cell.length(); ) {
            int cp = cell.codePointAt(i);
            if (Character.getType(cp) == Character.CONTROL) {
                return String.format("contains the control character U+%04X", cp);
            }
            if (isBidiControl(cp)) {
                return String.format("contains the bidirectional formatting character U+%04X", cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    static boolean isBidiControl(int cp) {
        return uk.nhs.workforce.platform.CsvCells.isBidiControl(cp);
    }

    static Function<String, Object> bool() {
        return s -> switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + s + "' is not true or false");
        };
    }

    /**
     * A number within min–max with at most maxDecimals decimal places: more would be rounded by the database, and
     * a silently rounded value is a changed value (and would count as updated on every re-upload).
     */
    static Function<String, Object> decimal(BigDecimal min, BigDecimal max, int maxDecimals) {
        return s -> {
            BigDecimal value;
            try {
                if (s.length() > 40) {
                    throw new NumberFormatException();
                }
                value = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not a number");
            }
            if (value.stripTrailingZeros().scale() > maxDecimals) {
                throw new IllegalArgumentException(s + " has more than " + maxDecimals + " decimal places");
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
