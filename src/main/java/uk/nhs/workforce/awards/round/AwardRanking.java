package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks applications by score, highest first. Equal scores share a rank (1, 2, 2, 4), so ties are
 * visible to the allocation; the employee id only orders the list for display.
 */
public final class AwardRanking {

    public record Candidate(String applicationId, String employeeId, BigDecimal score, BigDecimal annualCost) {
    }

    private AwardRanking() {
    }

    public static List<RankedApplication> rank(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(Candidate::score).reversed().thenComparing(Candidate::employeeId));
        List<RankedApplication> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).score().compareTo(c.score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankedApplication(c.applicationId(), c.employeeId(), c.score(), rank, c.annualCost()));
        }
        return ranked;
    }
}
