package uk.nhs.workforce.boards;

import java.util.List;
import java.util.Optional;

import uk.nhs.workforce.rosters.Organisation;

/**
 * A 5.7: when a vacancy arises on a PCT board, whether the board still meets its statutory requirements
 * (A 3.3) and its quorum (from its standing orders: the number of chair and non-executive members it needs)
 * without the departing member, and whether a decision about the vacancy leaves it lawful.
 */
public class VacancyAssessment {

    public enum Decision { FILL, DUAL_APPOINTMENT, LEAVE }

    /** The board without the vacated seat: its breaches, whether it is quorate, and so whether it is lawful. */
    public record Result(String code, int membersRemaining, int quorum, boolean quorate, List<Breach> breaches) {
        public boolean lawful() {
            return quorate && breaches.isEmpty();
        }
    }

    private final StatutoryBoardCheck check = new StatutoryBoardCheck();

    public Result assess(Organisation board, List<BoardSeat> seatsAfterVacancy, int quorum) {
        List<Breach> breaches = check.checkBoard(board, seatsAfterVacancy);
        int remaining = seatsAfterVacancy.size();
        return new Result(board.code(), remaining, quorum, remaining >= quorum, List.copyOf(breaches));
    }

    /**
     * The board as the decision leaves it: the vacated seat removed and, for a fill or a dual appointment,
     * the new appointee seated in the vacated role.
     */
    public List<BoardSeat> seatsAfterDecision(List<BoardSeat> seatsAfterVacancy, Decision decision,
                                              Optional<BoardSeat> appointee) {
        if (decision == Decision.LEAVE) {
            return seatsAfterVacancy;
        }
        BoardSeat seat = appointee.orElseThrow(() -> new IllegalArgumentException(
                decision + " needs the person appointed to the vacancy"));
        List<BoardSeat> seats = new java.util.ArrayList<>(seatsAfterVacancy);
        seats.add(seat);
        return seats;
    }

    /** A 5.7: a decision is refused if the board it leaves is not lawful; the reason names what fails. */
    public Optional<String> refusal(Organisation board, List<BoardSeat> seatsAfterDecision, int quorum, Decision decision) {
        Result result = assess(board, seatsAfterDecision, quorum);
        if (result.lawful()) {
            return Optional.empty();
        }
        StringBuilder reason = new StringBuilder("vacancyDecision " + decision + " would leave " + board.code() + " unlawful:");
        result.breaches().forEach(b -> reason.append(' ').append(b.message()).append(';'));
        if (!result.quorate()) {
            reason.append(" ").append(result.membersRemaining()).append(" chair and non-executive members is below its quorum of ")
                    .append(quorum).append(';');
        }
        return Optional.of(reason.toString());
    }
}
