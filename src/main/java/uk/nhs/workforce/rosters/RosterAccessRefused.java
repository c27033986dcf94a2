package uk.nhs.workforce.rosters;

import java.util.List;

/** An upload its uploader may not send (answered 403): the rows outside their organisations, nothing stored. */
public class RosterAccessRefused extends RuntimeException {

    private final List<RowError> errors;

    public RosterAccessRefused(List<RowError> errors) {
        super("Roster refused: " + errors.get(0).message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
