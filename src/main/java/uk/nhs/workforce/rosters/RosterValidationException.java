package uk.nhs.workforce.rosters;

import java.util.List;

/** An upload refused as a whole; nothing of it was stored. */
public class RosterValidationException extends RuntimeException {

    private final List<RowError> errors;
    private final int total;

    public RosterValidationException(List<RowError> errors) {
        this(errors, Integer.MAX_VALUE);
    }

    /** Keeps the first {@code maxReported} errors (a huge file's answer stays small) and their total. */
    public RosterValidationException(List<RowError> errors, int maxReported) {
        super(summary(errors));
        this.errors = List.copyOf(errors.size() > maxReported ? errors.subList(0, maxReported) : errors);
        this.total = errors.size();
    }

    /** The errors reported: all of them, or the first ones when there are more than the limit. */
    public List<RowError> errors() {
        return errors;
    }

    /** How many errors the file has in all. */
    public int total() {
        return total;
    }

    private static String summary(List<RowError> errors) {
        StringBuilder sb = new StringBuilder("Roster refused, " + errors.size() + " error(s)");
        errors.stream().limit(5).forEach(e -> sb.append("; line ").append(e.line())
                .append(e.column() == null ? "" : " column " + e.column()).append(": ").append(e.message()));
        return sb.toString();
    }
}
