package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Annual lump sums of an award over its duration of one to three years (S30 6, 13), which money pays
 * each one (S30 5, 14), and what happens when the holder moves employer (S30 7).
 */
public final class PaymentSchedule {

    private PaymentSchedule() {
    }

    /** The schedule of an award made by {@code employer} in the round of {@code awardYear}. */
    public static List<PaymentInstalment> instalments(String employeeId, String employer, int awardYear,
            BigDecimal annualAmount, int years) {
        if (years < 1 || years > 3) {
            throw new IllegalArgumentException("award period must be 1 to 3 years (S30 6, 13), was " + years);
        }
        List<PaymentInstalment> schedule = new ArrayList<>();
        for (int k = 0; k < years; k++) {
            int fy = awardYear + k;
            FundingSource source;
            if (k == 0) {
                source = FundingSource.ROUND_POT;
            } else if (awardYear <= RoundRules.LAST_NEW_LCEA_YEAR) {
                // financial year fy ends 31 March fy+1: recurrent only while that is not after 31 March 2021
                source = fy + 1 <= RoundRules.END_OF_RECURRENT_FUNDING.getYear() ? FundingSource.RECURRENT_TO_MARCH_2021
                        : FundingSource.LATER_POT_NEW_LCEA;
            } else {
                source = FundingSource.LATER_POT_FUTURE_LCEA;
            }
            schedule.add(new PaymentInstalment(employeeId, awardYear, fy, annualAmount, employer, source));
        }
        return schedule;
    }

    /**
     * The first financial year (starting 1 April) that begins after a move or leaving date. An instalment is
     * an annual lump sum for its financial year, so the year in which the holder moves or leaves stays with
     * the employer that paid it; the following years move or stop (S30 7).
     */
    public static int firstFinancialYearAfter(java.time.LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear();
    }

    /**
     * S30 4, 14: award values are "subject to uplift in line with DDRB recommendations". Years 2 and 3 of an
     * award are raised by the uplift of each financial year since the award year ({@code uplifts} maps a
     * financial year to a fraction, e.g. 0.02); a year without a recorded uplift adds nothing.
     */
    public static List<PaymentInstalment> uplifted(List<PaymentInstalment> schedule,
            java.util.Map<Integer, BigDecimal> uplifts) {
        return schedule.stream().map(p -> {
            BigDecimal amount = p.amount();
            for (int fy = p.awardYear() + 1; fy <= p.financialYear(); fy++) {
                BigDecimal u = uplifts.get(fy);
                if (u != null) {
                    amount = amount.multiply(BigDecimal.ONE.add(u));
                }
            }
            return new PaymentInstalment(p.employeeId(), p.awardYear(), p.financialYear(),
                    amount.setScale(2, java.math.RoundingMode.HALF_UP), p.payer(), p.fundingSource());
        }).toList();
    }

    /**
     * The holder left the awarding employer before the financial year {@code fromFinancialYear}. With a new
     * employer covered by Schedule 30 ({@code newEmployer} not null) that employer pays the remaining
     * instalments from its own awards funding; otherwise they are not paid (S30 7). Earlier instalments
     * stand.
     */
    public static List<PaymentInstalment> afterMove(List<PaymentInstalment> schedule, int fromFinancialYear,
            String newEmployer) {
        return schedule.stream().map(p -> p.financialYear() < fromFinancialYear ? p
                : newEmployer == null
                        ? new PaymentInstalment(p.employeeId(), p.awardYear(), p.financialYear(), BigDecimal.ZERO
                                .setScale(2), p.payer(), FundingSource.STOPPED)
                        : new PaymentInstalment(p.employeeId(), p.awardYear(), p.financialYear(), p.amount(),
                                newEmployer, FundingSource.NEW_EMPLOYER))
                .toList();
    }
}
