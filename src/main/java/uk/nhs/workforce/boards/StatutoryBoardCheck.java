package uk.nhs.workforce.boards;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.Organisation;

/**
 * The board membership rules of A 3.3 (SI 2000/89), exactly as CONTRACT §4 states them, applied to each
 * PCT board of a cluster: one chair; five to seven non-executives (non-executives and the vice-chair, not the
 * chair); for a care trust or care trust plus, at least one non-executive nominated by each of its local
 * authorities.
 */
public class StatutoryBoardCheck {

    public static final int MINIMUM_NON_EXECUTIVES = 5;
    public static final int MAXIMUM_NON_EXECUTIVES = 7;

    /** Every breach of every board, in the order of {@code boards}; empty when all are lawful. */
    public List<Breach> check(List<Organisation> boards, List<BoardSeat> seats) {
        List<Breach> breaches = new ArrayList<>();
        for (Organisation board : boards) {
            breaches.addAll(checkBoard(board, seats.stream()
                    .filter(s -> s.organisationCode().equals(board.code())).toList()));
        }
        return breaches;
    }

    public List<Breach> checkBoard(Organisation board, List<BoardSeat> boardSeats) {
        List<Breach> breaches = new ArrayList<>();
        String code = board.code();
        long chairs = boardSeats.stream().filter(s -> s.role() == BoardRole.CHAIR).count();
        if (chairs == 0) {
            breaches.add(new Breach(code, Breach.Rule.NO_CHAIR, code + " has no chair (A 3.3)"));
        } else if (chairs > 1) {
            breaches.add(new Breach(code, Breach.Rule.MORE_THAN_ONE_CHAIR,
                    code + " has " + chairs + " chairs; a board has one chair (A 3.3)"));
        }
        List<BoardSeat> nonExecutives = boardSeats.stream().filter(s -> s.role().countsAsNonExecutive()).toList();
        int count = nonExecutives.size();
        if (count < MINIMUM_NON_EXECUTIVES) {
            breaches.add(new Breach(code, Breach.Rule.TOO_FEW_NON_EXECUTIVES,
                    code + " has " + count + " non-executives; at least " + MINIMUM_NON_EXECUTIVES + " are required (A 3.3)"));
        } else if (count > MAXIMUM_NON_EXECUTIVES) {
            breaches.add(new Breach(code, Breach.Rule.TOO_MANY_NON_EXECUTIVES,
                    code + " has " + count + " non-executives; not more than " + MAXIMUM_NON_EXECUTIVES + " are allowed (A 3.3)"));
        }
        if (board.type().isCareTrust()) {
            for (String la : board.localAuthorities()) {
                boolean nominated = nonExecutives.stream().anyMatch(s -> la.equals(s.nominatedByLa()));
                if (!nominated) {
                    breaches.add(new Breach(code, Breach.Rule.NO_LOCAL_AUTHORITY_NOMINEE,
                            code + " has no non-executive nominated by local authority " + la + " (A 3.3)"));
                }
            }
        }
        return breaches;
    }
}
