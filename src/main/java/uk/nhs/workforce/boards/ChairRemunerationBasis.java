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
        // A chair of several but not all boards: one remuneration on the combined weighted population of the
        // boards they chair. A 5.6 describes only the chair of all boards; this is the team's reading by analogy
        // (docs/boards.md), and it can never pay more than chairing all of them.
        Map<String, Organisation> byCode = new LinkedHashMap<>();
        boards.forEach(b -> byCode.put(b.code(), b));
        Map<String, List<String>> chaired = new LinkedHashMap<>();
        for (BoardSeat seat : seats) {
            if (seat.role() == BoardRole.CHAIR && byCode.containsKey(seat.organisationCode())) {
                chaired.computeIfAbsent(seat.personId(), p -> new ArrayList<>()).add(seat.organisationCode());
            }
        }
        List<ChairBasis> bases = new ArrayList<>();
        chaired.forEach((person, codes) -> bases.add(new ChairBasis(person, List.copyOf(codes),
                codes.stream().map(byCode::get).map(ChairRemunerationBasis::population).reduce(BigDecimal.ZERO, BigDecimal::add))));
        return bases;
    }

    private static BigDecimal totalPopulation(List<Organisation> boards) {
        return boards.stream().map(ChairRemunerationBasis::population).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal population(Organisation board) {
        return board.weightedPopulation() == null ? BigDecimal.ZERO : board.weightedPopulation();
    }
}
