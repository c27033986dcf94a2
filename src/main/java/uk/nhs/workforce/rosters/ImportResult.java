package uk.nhs.workforce.rosters;

/** Rows inserted and rows whose stored values changed; an unchanged row counts in neither. */
public record ImportResult(int inserted, int updated) {
}
