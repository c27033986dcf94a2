package uk.nhs.workforce.boards;

import java.util.Objects;

import uk.nhs.workforce.rosters.BoardRole;

/**
 * One appointment of one person to one PCT board in a composition. Appointments are always to a PCT,
 * never to "the cluster board" (A 5.4). {@code memberId} is the roster appointment it continues, or null
 * for a new (for example dual) appointment.
 */
public record BoardSeat(String memberId, String personId, String organisationCode, BoardRole role,
                        String nominatedByLa) {

    public BoardSeat {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(role, "role");
        nominatedByLa = nominatedByLa == null || nominatedByLa.isBlank() ? null : nominatedByLa;
    }

    public BoardSeat withRole(BoardRole newRole) {
        return new BoardSeat(memberId, personId, organisationCode, newRole, nominatedByLa);
    }
}
