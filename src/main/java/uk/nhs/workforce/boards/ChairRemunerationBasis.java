package uk.nhs.workforce.boards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.Organisation;

/**
 * A 5.6: a PCT chair's remuneration is based on the weighted population the PCT covers; a single chair
 * appointed to all constituent boards and chairing across the cluster is paid on their combined population.
 * (Non-executives keep their current rate, so they have no basis to compute.)
 */
public class ChairRemunerationBasis {

    /** The population one chair's pay is based on, and the boards it covers. */
    public record ChairBasis(String personId, List<String> boards, BigDecimal weightedPopulation) {
    }

    /**
     * The combined weighted population where one person chairs every constituent board of the cluster;
     * empty otherwise (CONTRACT §4 {@code chairRemunerationPopulation}).
     */
    public Optional<BigDecimal> singleChairPopulation(List<Organisation> boards, List<BoardSeat> seats) {
        if (boards.isEmpty()) {
            return Optional.empty();
        }
        Set<String> chairs = seats.stream().filter(s -> s.role() == BoardRole.CHAIR)
                .map(BoardSeat::personId).collect(Collectors.toSet());
        if (chairs.size() != 1) {
            return Optional.empty();
        }
        String chair = chairs.iterator().next();
        boolean chairsEveryBoard = boards.stream().allMatch(b -> seats.stream().anyMatch(s ->
                s.organisationCode().equals(b.code()) && s.personId().equals(chair) && s.role() == BoardRole.CHAIR));
        return chairsEveryBoard ? Optional.of(totalPopulation(boards)) : Optional.empty();
    }

    /** Every chair's basis: the combined population for a single cluster chair, else each PCT's own. */
    public List<ChairBasis> chairBases(List<Organisation> boards, List<BoardSeat> seats) {
        Optional<BigDecimal> combined = singleChairPopulation(boards, seats);
        if (combined.isPresent()) {
            String chair = seats.stream().filter(s -> s.role() == BoardRole.CHAIR).findFirst().orElseThrow().personId();
            return List.of(new ChairBasis(chair, boards.stream().map(Organisation::code).toList(), combined.get()));
        }
        // A chair of some but not all boards is paid per board chaired, each on that PCT's own population.
        Map<String, Organisation> byCode = new LinkedHashMap<>();
        boards.forEach(b -> byCode.put(b.code(), b));
        List<ChairBasis> bases = new ArrayList<>();
        for (BoardSeat seat : seats) {
            Organisation board = byCode.get(seat.organisationCode());
            if (seat.role() == BoardRole.CHAIR && board != null) {
                bases.add(new ChairBasis(seat.personId(), List.of(board.code()), population(board)));
            }
        }
        return bases;
    }

    private static BigDecimal totalPopulation(List<Organisation> boards) {
        return boards.stream().map(ChairRemunerationBasis::population).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal population(Organisation board) {
        return board.weightedPopulation() == null ? BigDecimal.ZERO : board.weightedPopulation();
    }
}
