package uk.nhs.workforce.boards;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.Organisation;

/** A cluster's PCT boards as the roster holds them, and the people serving on them (by person id). */
public record ClusterBoards(String clusterCode, List<Organisation> boards, List<BoardMember> members,
                            Map<String, BoardPerson> people) {

    public List<BoardSeat> seats() {
        return members.stream().map(CompositionDrafter::seatOf).toList();
    }

    public Optional<Organisation> board(String code) {
        return boards.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** The roster appointment a person already holds on a board, so a continued seat keeps its member id. */
    public Optional<BoardMember> appointment(String personId, String organisationCode) {
        return members.stream().filter(m -> m.personId().equals(personId) && m.organisationCode().equals(organisationCode))
                .findFirst();
    }
}
