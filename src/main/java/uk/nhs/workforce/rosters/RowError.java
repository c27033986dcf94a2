package uk.nhs.workforce.rosters;

/** One problem in an upload: the file line (the header is line 1), the column, and what is wrong. */
public record RowError(long line, String column, String message) {
}
