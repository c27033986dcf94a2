package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.nhs.workforce.rosters.Consultant;

/**
 * S30 14 i and iii from the records, not typed in: the annual value of the Existing LCEAs the employer's
 * consultants hold (each level at its configured value) and, of those, the ones that came from an NCEA
 * reversion (S30 14 iii), which are counted as reversion costs and not twice. A holder who left before
 * 1 April of the award year is not paid by this round (S30 7).
 */
public record RosterCommitments(BigDecimal existingLceaSpend, BigDecimal reversionSpend, String breakdown) {

    /** A holder's level without a configured value: the round cannot be computed. */
    public static final class MissingLevelValue extends IllegalStateException {
        private final Set<Integer> levels;

        MissingLevelValue(Set<Integer> levels) {
            super("no annual value is configured for Existing LCEA level" + (levels.size() > 1 ? "s " : " ") + levels
                    + "; set " + String.join(", ", levels.stream().map(l -> "app.awards.round.level-values." + l)
                            .toList()) + " (S30 14 i)");
            this.levels = levels;
        }

        public Set<Integer> levels() {
            return levels;
        }
    }

    public static RosterCommitments of(int awardYear, List<Consultant> roster, Map<Integer, BigDecimal> levelValues,
            Set<String> revertedHolders) {
        LocalDate firstApril = RoundRules.firstApril(awardYear);
        Set<Integer> missing = new TreeSet<>();
        BigDecimal existing = BigDecimal.ZERO;
        BigDecimal reversions = BigDecimal.ZERO;
        List<String> lines = new ArrayList<>();
        for (Consultant c : roster) {
            if (c.lceaLevel() == null || c.lceaLevel() < 1) {
                continue;
            }
            if (c.leftOn() != null && !c.leftOn().isAfter(firstApril)) {
                continue;
            }
            BigDecimal value = levelValues.get(c.lceaLevel());
            if (value == null) {
                missing.add(c.lceaLevel());
                continue;
            }
            boolean reverted = revertedHolders.contains(c.employeeId());
            if (reverted) {
                reversions = reversions.add(value);
            } else {
                existing = existing.add(value);
            }
            lines.add("| " + c.name() + " (" + c.employeeId() + ") | " + c.lceaLevel() + " | "
                    + RoundAllocation.money(value) + " | " + (reverted ? "iii NCEA reversion" : "i Existing LCEA") + " |");
        }
        if (!missing.isEmpty()) {
            throw new MissingLevelValue(missing);
        }
        String table = lines.isEmpty() ? "No consultant of this employer holds an Existing LCEA."
                : "| consultant | level | £ a year | S30 14 |\n|---|---:|---:|---|\n" + String.join("\n", lines)
                        + "\n\n**i Existing LCEAs £" + RoundAllocation.money(existing) + "; iii reversions £"
                        + RoundAllocation.money(reversions) + "** (from the consultants roster and the reversion records,"
                        + " each level at app.awards.round.level-values)";
        return new RosterCommitments(existing, reversions, table);
    }
}
