package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;

/**
 * One applicant's (or, in equal distribution, eligible consultant's) result and the reason for it.
 * {@code awardYearTopUp} is this award's share of a remainder the pot must still pay (S30 5, 14): paid once,
 * in the award year, never repeated in years 2 and 3; null or zero when there is none.
 */
public record AwardDecision(String applicationId, String employeeId, BigDecimal score, Integer rank,
        boolean awarded, BigDecimal fullAnnualCost, BigDecimal annualAmount, String reason, BigDecimal awardYearTopUp) {

    public AwardDecision(String applicationId, String employeeId, BigDecimal score, Integer rank, boolean awarded,
            BigDecimal fullAnnualCost, BigDecimal annualAmount, String reason) {
        this(applicationId, employeeId, score, rank, awarded, fullAnnualCost, annualAmount, reason, BigDecimal.ZERO);
    }

    /** The top-up, zero when none (allocations stored before it existed read as null). */
    public BigDecimal topUp() {
        return awardYearTopUp == null ? BigDecimal.ZERO : awardYearTopUp;
    }

    /** What is paid in the award year: the annual amount and any top-up. */
    public BigDecimal awardYearAmount() {
        return annualAmount.add(topUp());
    }

    AwardDecision withAmount(BigDecimal amount, String newReason) {
        return new AwardDecision(applicationId, employeeId, score, rank, amount.signum() > 0, fullAnnualCost, amount,
                newReason, awardYearTopUp);
    }

    AwardDecision withTopUp(BigDecimal topUp, String newReason) {
        return new AwardDecision(applicationId, employeeId, score, rank, awarded, fullAnnualCost, annualAmount,
                newReason, topUp);
    }
}
