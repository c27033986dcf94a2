package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;

/**
 * One annual lump sum of an award, in the financial year starting 1 April {@code financialYear}. Non-consolidated,
 * non-pensionable and without any uplift for additional programmed activities (S30 6, 13).
 */
public record PaymentInstalment(String employeeId, int awardYear, int financialYear, BigDecimal amount,
        String payer, FundingSource fundingSource) {

    public String financialYearLabel() {
        return financialYear + "/" + String.format("%02d", (financialYear + 1) % 100);
    }
}
