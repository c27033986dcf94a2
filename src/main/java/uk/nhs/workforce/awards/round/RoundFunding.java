package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import uk.nhs.workforce.rosters.Consultant;

/**
 * The minimum a round must invest. S30 5 speaks of 0.3 points "per eligible consultant" and "per
 * eligible FTE"; the contract uses FTE. POINTS_RATIO: minimumPoints = ratio × eligibleFte and
 * minimumInvestment = minimumPoints × pointValue. PER_FTE (S30 14): minimumInvestment = £ per FTE ×
 * eligibleFte. Money is rounded to pennies half-up.
 */
public final class RoundFunding {

    private RoundFunding() {
    }

    public static FundingFigures figures(int awardYear, List<Consultant> eligible, BigDecimal pointValue,
            BigDecimal investmentRatio, BigDecimal minimumPerFte) {
        FundingRegime regime = FundingRegime.forAwardYear(awardYear);
        BigDecimal fte = eligible.stream().map(Consultant::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (regime == FundingRegime.POINTS_RATIO) {
            if (pointValue == null) {
                throw new IllegalArgumentException("no point value for award year " + awardYear);
            }
            BigDecimal points = investmentRatio.multiply(fte);
            BigDecimal investment = points.multiply(pointValue).setScale(2, RoundingMode.HALF_UP);
            return new FundingFigures(regime, eligible.size(), fte, points, pointValue, investment);
        }
        BigDecimal investment = minimumPerFte.multiply(fte).setScale(2, RoundingMode.HALF_UP);
        return new FundingFigures(regime, eligible.size(), fte, null, null, investment);
    }
}
