package uk.nhs.workforce.appointments;

import java.math.BigDecimal;

/**
 * G 35: any proposal to pay a salary above the HM Treasury threshold (£142,500 in 2011, a setting
 * here) needs HM Treasury's approval; it applies to the Chief Executive's and to Directors' pay.
 */
public final class PayRules {

    private final BigDecimal treasuryThreshold;

    public PayRules(BigDecimal treasuryThreshold) {
        if (treasuryThreshold == null || treasuryThreshold.signum() <= 0) {
            throw new IllegalArgumentException("app.appointments.treasury-threshold must be a positive amount");
        }
        this.treasuryThreshold = treasuryThreshold;
    }

    public BigDecimal treasuryThreshold() {
        return treasuryThreshold;
    }

    /** "Exceeds" the threshold: a salary of exactly the threshold needs no approval. */
    public boolean needsTreasuryApproval(BigDecimal proposedSalary) {
        requireValid(proposedSalary);
        return proposedSalary.compareTo(treasuryThreshold) > 0;
    }

    public static void requireValid(BigDecimal proposedSalary) {
        if (proposedSalary == null || proposedSalary.signum() <= 0) {
            throw new IllegalArgumentException("proposedSalary: a positive annual salary in pounds is required");
        }
    }
}
