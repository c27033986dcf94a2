package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a PER_FTE round's floor pays first (S30 14): i continuing Existing LCEAs, ii New LCEAs paid beyond
 * April 2021, iii NCEA reversions from 1 April 2022; then the later years of earlier rounds' Future LCEAs
 * (iv). New Future LCEAs get what remains.
 */
public record CommittedSpend(BigDecimal existingLceas, BigDecimal newLceasBeyondApril2021, BigDecimal reversions,
        BigDecimal continuingFutureLceas, BigDecimal movedIn) {

    public static final CommittedSpend NONE = new CommittedSpend(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    public CommittedSpend {
        movedIn = movedIn == null ? BigDecimal.ZERO : movedIn;
    }

    public CommittedSpend(BigDecimal existingLceas, BigDecimal newLceasBeyondApril2021, BigDecimal reversions,
            BigDecimal continuingFutureLceas) {
        this(existingLceas, newLceasBeyondApril2021, reversions, continuingFutureLceas, BigDecimal.ZERO);
    }

    public BigDecimal total() {
        return existingLceas.add(newLceasBeyondApril2021).add(reversions).add(continuingFutureLceas).add(movedIn);
    }

    /**
     * The commitments of a round. Reversion costs count only from 1 April 2022 (S30 14 iii). New LCEA
     * instalments count where the holder works now: the employer a holder moved to pays them from its own
     * funding, the one they left no longer does, and nobody pays a holder who left the scheme (S30 7).
     */
    public static CommittedSpend of(int awardYear, String employer, BigDecimal existingLceas, BigDecimal reversions,
            List<PaymentInstalment> earlierInstalments, Map<String, String> currentEmployerByEmployee) {
        if (FundingRegime.forAwardYear(awardYear) == FundingRegime.POINTS_RATIO) {
            // to 2020 the ratio buys New LCEAs only; recurrent and reversion funding come on top (S30 5, 8 iii).
            // An award a holder brought from another employer is paid "from the new employer's awards funding"
            // (S30 7): it is charged to this pot.
            BigDecimal movedIn = earlierInstalments.stream()
                    .filter(p -> p.financialYear() == awardYear && p.awardYear() < awardYear)
                    .filter(p -> p.fundingSource() == FundingSource.NEW_EMPLOYER && employer.equals(p.payer()))
                    .filter(p -> employer.equals(currentEmployerByEmployee.get(p.employeeId())))
                    .map(PaymentInstalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new CommittedSpend(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, movedIn);
        }
        List<PaymentInstalment> dueHere = earlierInstalments.stream()
                .filter(p -> p.financialYear() == awardYear && p.awardYear() < awardYear)
                .filter(p -> p.fundingSource() != FundingSource.STOPPED)
                .filter(p -> employer.equals(currentEmployerByEmployee.get(p.employeeId())))
                .toList();
        BigDecimal newLceas = dueHere.stream().filter(p -> p.awardYear() <= RoundRules.LAST_NEW_LCEA_YEAR)
                .map(PaymentInstalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal futureLceas = dueHere.stream().filter(p -> p.awardYear() > RoundRules.LAST_NEW_LCEA_YEAR)
                .map(PaymentInstalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal countedReversions = awardYear >= RoundRules.FIRST_YEAR_REVERSIONS_COUNT && reversions != null
                ? reversions : BigDecimal.ZERO;
        return new CommittedSpend(existingLceas == null ? BigDecimal.ZERO : existingLceas, newLceas, countedReversions,
                futureLceas);
    }

    /** The money for new awards: the minimum plus the carry-forward, less (from 2021) i–iii, never below zero. */
    public static BigDecimal potForNewAwards(BigDecimal minimumInvestment, BigDecimal carryForward,
            CommittedSpend committed) {
        BigDecimal pot = minimumInvestment.add(carryForward == null ? BigDecimal.ZERO : carryForward)
                .subtract(committed.total());
        return pot.max(BigDecimal.ZERO);
    }
}
