package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.workforce.rosters.Consultant;

/**
 * Allocation of a round's pot. The pot is a floor, not a ceiling: S30 5 says the funding "cannot be
 * deferred and must be awarded in full each and every year, unless there is agreement with the JLNC
 * that any uncommitted funds will be carried forward", and S30 14 sets a minimum "invested and paid
 * annually". So a remainder is either carried forward with the JLNC's agreement or added to the awards
 * made, never quietly kept.
 */
public final class RoundAllocation {

    private static final BigDecimal PENNY = new BigDecimal("0.01");

    private RoundAllocation() {
    }

    /** Competitive awards in rank order within the pot (S30 5, S30 14 iv). */
    public static AllocationResult competitive(List<RankedApplication> ranked, BigDecimal pot, TieRule tieRule,
            boolean jlncCarryForwardAgreed) {
        Map<Integer, List<RankedApplication>> groups = new LinkedHashMap<>();
        ranked.forEach(r -> groups.computeIfAbsent(r.rank(), k -> new ArrayList<>()).add(r));
        List<AwardDecision> decisions = new ArrayList<>();
        BigDecimal remaining = pot;
        BigDecimal fundedAbovePot = BigDecimal.ZERO;
        boolean cutOffReached = false;
        StringBuilder rule = new StringBuilder("Awards in rank order of score within the pot of £")
                .append(money(pot)).append("; ties at the cut-off: ").append(tieRule.description());
        for (List<RankedApplication> group : groups.values()) {
            BigDecimal groupCost = group.stream().map(RankedApplication::annualCost).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            if (cutOffReached || remaining.signum() <= 0) {
                cutOffReached = true;
                group.forEach(r -> decisions.add(decision(r, false, BigDecimal.ZERO,
                        "rank " + r.rank() + " (score " + r.score() + ") is below the funding cut-off")));
                continue;
            }
            if (groupCost.compareTo(remaining) <= 0) {
                remaining = remaining.subtract(groupCost);
                group.forEach(r -> decisions.add(decision(r, true, r.annualCost(),
                        "rank " + r.rank() + " (score " + r.score() + ") within the funding")));
                continue;
            }
            cutOffReached = true;
            String tied = group.size() > 1 ? group.size() + " applicants tied at rank " + group.get(0).rank()
                    : "rank " + group.get(0).rank();
            if (tieRule == TieRule.AWARD_ALL_TIED) {
                fundedAbovePot = groupCost.subtract(remaining);
                remaining = BigDecimal.ZERO;
                group.forEach(r -> decisions.add(decision(r, true, r.annualCost(), tied + " (score " + r.score()
                        + ") at the cut-off: full award, " + TieRule.AWARD_ALL_TIED.description())));
            } else {
                BigDecimal fraction = remaining.divide(groupCost, 10, RoundingMode.DOWN);
                BigDecimal shared = BigDecimal.ZERO;
                for (RankedApplication r : group) {
                    BigDecimal amount = r.annualCost().multiply(fraction).setScale(2, RoundingMode.DOWN);
                    shared = shared.add(amount);
                    decisions.add(decision(r, amount.signum() > 0, amount, tied + " (score " + r.score()
                            + ") at the cut-off: " + fraction.multiply(BigDecimal.valueOf(100)).setScale(1,
                                    RoundingMode.DOWN) + "% of a full award, " + TieRule.SHARE_REMAINDER.description()));
                }
                remaining = remaining.subtract(shared);
            }
        }
        return settleRemainder(decisions, pot, remaining, fundedAbovePot, jlncCarryForwardAgreed, rule);
    }

    /** Equal distribution: the whole pot shared among all eligible consultants (pro rata FTE unless the JLNC agreed per head). */
    public static AllocationResult equalDistribution(List<Consultant> eligible, BigDecimal pot, EqualShareBasis basis) {
        BigDecimal weightTotal = basis == EqualShareBasis.PRO_RATA_FTE
                ? eligible.stream().map(Consultant::fte).reduce(BigDecimal.ZERO, BigDecimal::add)
                : BigDecimal.valueOf(eligible.size());
        List<AwardDecision> decisions = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (Consultant c : eligible) {
            BigDecimal weight = basis == EqualShareBasis.PRO_RATA_FTE ? c.fte() : BigDecimal.ONE;
            BigDecimal amount = weightTotal.signum() == 0 ? BigDecimal.ZERO
                    : pot.multiply(weight).divide(weightTotal, 2, RoundingMode.DOWN);
            paid = paid.add(amount);
            decisions.add(new AwardDecision(null, c.employeeId(), null, null, amount.signum() > 0, amount, amount,
                    basis == EqualShareBasis.PRO_RATA_FTE
                            ? "equal distribution pro rata to FTE (" + c.fte() + " of " + weightTotal + " eligible FTE)"
                            : "equal distribution per head, as agreed with the JLNC (1 of " + eligible.size() + ")"));
        }
        // pennies lost to rounding down go to the first consultants so the pot is paid in full (S30 5)
        BigDecimal pennies = pot.subtract(paid);
        for (int i = 0; pennies.signum() > 0 && !decisions.isEmpty(); i = (i + 1) % decisions.size()) {
            AwardDecision d = decisions.get(i);
            decisions.set(i, d.withAmount(d.annualAmount().add(PENNY), d.reason()));
            pennies = pennies.subtract(PENNY);
        }
        String rule = "Equal distribution of the whole pot of £" + money(pot) + " among " + eligible.size()
                + " eligible consultants, " + (basis == EqualShareBasis.PRO_RATA_FTE ? "pro rata to FTE"
                        : "per head as agreed with the JLNC");
        BigDecimal awarded = decisions.stream().map(AwardDecision::annualAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AllocationResult(decisions, pot, awarded, pot.subtract(awarded), BigDecimal.ZERO, rule);
    }

    /**
     * An upheld appeal. The appellant's corrected score is compared with the published cut-off: at or
     * above it they receive the award they would have had, treated like the applicants at that score; below
     * it their result stands. Nobody already awarded loses anything: they were told their result and the
     * error was not theirs, so the extra award is funded above the pot (the pot being a minimum).
     */
    public static AllocationResult afterUpheldAppeal(AllocationResult published, RankedApplication corrected) {
        BigDecimal cutOff = published.cutOffScore();
        List<AwardDecision> decisions = new ArrayList<>();
        BigDecimal extra = BigDecimal.ZERO;
        for (AwardDecision d : published.decisions()) {
            if (!d.applicationId().equals(corrected.applicationId())) {
                decisions.add(d);
                continue;
            }
            BigDecimal previous = d.annualAmount();
            BigDecimal amount;
            String reason;
            if (cutOff == null || corrected.score().compareTo(cutOff) < 0) {
                amount = previous;
                reason = "appeal upheld, corrected score " + score(corrected.score()) + " is below the cut-off score "
                        + score(cutOff) + ": " + (previous.signum() > 0 ? "award unchanged" : "no award");
            } else {
                BigDecimal fractionAtCutOff = corrected.score().compareTo(cutOff) > 0 ? BigDecimal.ONE
                        : fractionAt(published, cutOff);
                amount = corrected.annualCost().multiply(fractionAtCutOff).setScale(2, RoundingMode.DOWN).max(previous);
                reason = "appeal upheld, corrected score " + score(corrected.score()) + " reaches the cut-off score "
                        + score(cutOff) + ": " + (amount.compareTo(previous) == 0 ? "award unchanged, it was already awarded"
                        : "awarded as the applicants at that score were; no other award was reduced, the cost is"
                        + " funded above the pot");
            }
            extra = extra.add(amount.subtract(previous));
            decisions.add(new AwardDecision(d.applicationId(), d.employeeId(), corrected.score(), d.rank(),
                    amount.signum() > 0, corrected.annualCost(), amount, reason));
        }
        return new AllocationResult(decisions, published.pot(), published.awarded().add(extra),
                published.carriedForward(), published.fundedAbovePot().add(extra), published.rule()
                        + "; an upheld appeal that reaches the cut-off adds an award without reducing any other");
    }

    /** The share of a full award the applicants at this score received (1 unless they shared a remainder). */
    private static BigDecimal fractionAt(AllocationResult published, BigDecimal score) {
        return published.decisions().stream()
                .filter(d -> d.awarded() && d.score() != null && score.compareTo(d.score()) == 0
                        && d.fullAnnualCost().signum() > 0)
                .map(d -> d.annualAmount().divide(d.fullAnnualCost(), 10, RoundingMode.DOWN))
                .min(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    }

    /**
     * A remainder after every ranked award. With the JLNC's agreement (rounds to 2020 only) it is carried
     * forward (S30 5). Otherwise it must be paid in full this year (S30 5, 14): shared among the awards in
     * proportion to their amount as a one-off top-up in the award year only, never added to years 2 and 3,
     * which would commit later pots. With no award to share it among, it stays uncommitted: it is not
     * carried forward without the JLNC's agreement, so the round cannot be confirmed as it is.
     */
    private static AllocationResult settleRemainder(List<AwardDecision> decisions, BigDecimal pot,
            BigDecimal remaining, BigDecimal fundedAbovePot, boolean jlncCarryForwardAgreed, StringBuilder rule) {
        BigDecimal carried = BigDecimal.ZERO;
        if (remaining.signum() > 0) {
            BigDecimal awardedSoFar = decisions.stream().map(AwardDecision::annualAmount).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            if (jlncCarryForwardAgreed) {
                carried = remaining;
                rule.append("; the uncommitted £").append(money(remaining)).append(" is carried forward to next year's"
                        + " awards by agreement with the JLNC (S30 5)");
            } else if (awardedSoFar.signum() == 0) {
                rule.append("; no award could be made, so £").append(money(remaining)).append(" remains uncommitted:"
                        + " it is carried forward only with the JLNC's agreement (S30 5), otherwise the settings must"
                        + " change so that it is awarded");
            } else {
                BigDecimal added = BigDecimal.ZERO;
                for (int i = 0; i < decisions.size(); i++) {
                    AwardDecision d = decisions.get(i);
                    if (d.awarded()) {
                        BigDecimal extra = remaining.multiply(d.annualAmount()).divide(awardedSoFar, 2, RoundingMode.DOWN);
                        added = added.add(extra);
                        decisions.set(i, d.withTopUp(extra, d.reason()));
                    }
                }
                BigDecimal pennies = remaining.subtract(added);
                for (int i = 0; pennies.signum() > 0; i = (i + 1) % decisions.size()) {
                    AwardDecision d = decisions.get(i);
                    if (d.awarded()) {
                        decisions.set(i, d.withTopUp(d.topUp().add(PENNY), d.reason()));
                        pennies = pennies.subtract(PENNY);
                    }
                }
                for (int i = 0; i < decisions.size(); i++) {
                    AwardDecision d = decisions.get(i);
                    if (d.topUp().signum() > 0) {
                        decisions.set(i, d.withTopUp(d.topUp(), d.reason() + "; plus a one-off £" + money(d.topUp())
                                + " in the award year only, so the pot is awarded in full (S30 5, 14)"));
                    }
                }
                rule.append("; the £").append(money(remaining)).append(" left after every ranked award is paid once,"
                        + " in the award year only, shared among the awards in proportion to their amount, because the"
                        + " funding must be awarded in full without the JLNC's agreement to carry it forward (S30 5, 14)");
            }
        }
        BigDecimal awarded = decisions.stream().map(AwardDecision::awardYearAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AllocationResult(decisions, pot, awarded, carried, fundedAbovePot, rule.toString());
    }

    private static AwardDecision decision(RankedApplication r, boolean awarded, BigDecimal amount, String reason) {
        return new AwardDecision(r.applicationId(), r.employeeId(), r.score(), r.rank(), awarded, r.annualCost(), amount,
                reason);
    }

    /** Scores read as the ranking shows them (38.00), whether they came from JSON or a rating total. */
    private static String score(BigDecimal score) {
        return score == null ? "none" : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
