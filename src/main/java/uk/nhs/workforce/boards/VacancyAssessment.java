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

    /**
     * A 5.7: a decision is refused if it leaves the board unlawful and worse than it stood before the vacancy;
     * on a board already in breach, a decision that makes nothing worse is accepted (the remaining breaches are
     * listed, {@link #remainingBreaches}), so the board is never left without a way forward.
     */
    public Optional<String> refusal(Organisation board, List<BoardSeat> seatsBeforeVacancy, List<BoardSeat> seatsAfterDecision,
                                    int quorum, Decision decision) {
        Result result = assess(board, seatsAfterDecision, quorum);
        if (result.lawful() || !worse(board, seatsBeforeVacancy, seatsAfterDecision, quorum)) {
            return Optional.empty();
        }
        StringBuilder reason = new StringBuilder("vacancyDecision " + decision + " would leave " + board.code()
                + " unlawful and worse than before the vacancy:");
        result.breaches().forEach(b -> reason.append(' ').append(b.message()).append(';'));
        if (!result.quorate()) {
            reason.append(" ").append(result.membersRemaining()).append(" chair and non-executive members is below its quorum of ")
                    .append(quorum).append(';');
        }
        return Optional.of(reason.toString());
    }

    /** The breaches the board still has after the decision (empty when lawful), for the record and the Commission. */
    public List<String> remainingBreaches(Organisation board, List<BoardSeat> seatsAfterDecision, int quorum) {
        Result result = assess(board, seatsAfterDecision, quorum);
        List<String> remaining = new java.util.ArrayList<>(result.breaches().stream().map(Breach::message).toList());
        if (!result.quorate()) {
            remaining.add(board.code() + " has " + result.membersRemaining() + " chair and non-executive members, below its quorum of " + quorum);
        }
        return remaining;
    }

    /** Worse: some requirement is missed by more than before (a larger shortfall or excess, or a quorum newly lost). */
    boolean worse(Organisation board, List<BoardSeat> before, List<BoardSeat> after, int quorum) {
        java.util.Map<String, Integer> was = shortfalls(board, before, quorum);
        java.util.Map<String, Integer> is = shortfalls(board, after, quorum);
        return is.entrySet().stream().anyMatch(e -> e.getValue() > was.getOrDefault(e.getKey(), 0));
    }

    /** How far the board misses each requirement of A 3.3 and its quorum (0 when met). */
    static java.util.Map<String, Integer> shortfalls(Organisation board, List<BoardSeat> seats, int quorum) {
        java.util.Map<String, Integer> s = new java.util.LinkedHashMap<>();
        long chairs = seats.stream().filter(x -> x.role() == uk.nhs.workforce.rosters.BoardRole.CHAIR).count();
        s.put("chair", (int) Math.abs(chairs - 1));
        long neds = seats.stream().filter(x -> x.role().countsAsNonExecutive()).count();
        s.put("nonExecutivesBelow", (int) Math.max(0, StatutoryBoardCheck.MINIMUM_NON_EXECUTIVES - neds));
        s.put("nonExecutivesAbove", (int) Math.max(0, neds - StatutoryBoardCheck.MAXIMUM_NON_EXECUTIVES));
        if (board.type().isCareTrust()) {
            for (String la : board.localAuthorities()) {
                boolean nominated = seats.stream().anyMatch(x -> x.role().countsAsNonExecutive() && la.equals(x.nominatedByLa()));
                s.put("nominee:" + la, nominated ? 0 : 1);
            }
        }
        s.put("quorum", Math.max(0, quorum - seats.size()));
        return s;
    }
}
