package uk.nhs.workforce.rosters;

import java.util.List;

/** An upload refused as a whole; nothing of it was stored. */
public class RosterValidationException extends RuntimeException {

    private final List<RowError> errors;

    public RosterValidationException(List<RowError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    private static String summary(List<RowError> errors) {
        StringBuilder sb = new StringBuilder("Roster refused, " + errors.size() + " error(s)");
        errors.stream().limit(5).forEach(e -> sb.append("; line ").append(e.line())
                .append(e.column() == null ? "" : " column " + e.column()).append(": ").append(e.message()));
        return sb.toString();
    }
}
