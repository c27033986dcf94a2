package uk.nhs.workforce.rosters;

public enum BoardRole {
    CHAIR, VICE_CHAIR, NON_EXECUTIVE;

    /** A vice-chair is one of the non-executives; the chair is not counted among them (A 3.3). */
    public boolean countsAsNonExecutive() {
        return this != CHAIR;
    }
}
