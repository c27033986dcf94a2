package uk.nhs.workforce.rosters;

import java.util.List;
import java.util.Map;

/**
 * What the rest of the application may do around a roster import, without the rosters knowing it:
 * refuse a file its uploader may not send (before anything is stored), and bring derived state in
 * step with the rosters inside the import's own transaction, so a refused or failed import leaves
 * nothing behind. Implemented in {@code platform} (organisations as tenants, CONTRACT §2a).
 */
public interface RosterImportHook {

    /** One valid row of an upload: its file line (the header is line 1) and its values by column. */
    record Row(long line, Map<String, Object> values) {
    }

    /** Called with a whole valid file before it is stored; throws {@link RosterAccessRefused} to refuse it. */
    default void checkUpload(RosterKind kind, List<Row> rows) {
    }

    /** Called after the rows are stored, in the same transaction. */
    default void imported(RosterKind kind) {
    }
}
