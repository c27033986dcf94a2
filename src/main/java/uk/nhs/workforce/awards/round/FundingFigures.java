package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;

/**
 * The round's funding figures (CONTRACT §4): {@code minimumPoints} is null for PER_FTE rounds and
 * {@code pointValue} is null where the regime does not use it.
 */
public record FundingFigures(
        FundingRegime fundingRegime,
        int eligibleCount,
        BigDecimal eligibleFte,
        BigDecimal minimumPoints,
        BigDecimal pointValue,
        BigDecimal minimumInvestment) {
}
