package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.List;

/**
 * The allocation of a round: every decision, the pot it was made from, the amount awarded a year, what
 * the JLNC agreed to carry into next year, what the employer funds above the pot (ties, upheld appeals)
 * and the rule applied, in words.
 */
public record AllocationResult(List<AwardDecision> decisions, BigDecimal pot, BigDecimal awarded,
        BigDecimal carriedForward, BigDecimal fundedAbovePot, String rule) {

    public AllocationResult {
        decisions = List.copyOf(decisions);
    }

    public long awardCount() {
        return decisions.stream().filter(AwardDecision::awarded).count();
    }

    /** The lowest score that received an award, or null when nothing was awarded. */
    public BigDecimal cutOffScore() {
        return decisions.stream().filter(AwardDecision::awarded).map(AwardDecision::score)
                .filter(s -> s != null).min(BigDecimal::compareTo).orElse(null);
    }
}
