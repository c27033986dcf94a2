package uk.nhs.workforce.rosters;

import java.util.Arrays;
import java.util.Optional;

/** The four roster files of CONTRACT §3, named as in the upload URL {@code /api/rosters/{kind}}. */
public enum RosterKind {
    ORGANISATIONS("organisations"),
    EXECUTIVES("executives"),
    BOARD_MEMBERS("board-members"),
    CONSULTANTS("consultants");

    private final String urlName;

    RosterKind(String urlName) {
        this.urlName = urlName;
    }

    public String urlName() {
        return urlName;
    }

    public static Optional<RosterKind> fromUrlName(String name) {
        return Arrays.stream(values()).filter(k -> k.urlName.equals(name)).findFirst();
    }
}
