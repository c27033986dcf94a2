package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PaymentScheduleTest {

    private static final BigDecimal AMOUNT = new BigDecimal("3000.00");

    @Test
    @DisplayName("S30 5: a three-year award of the 2018 round is recurrently funded for two further years to 31 March 2021")
    void round2018ThreeYears() {
        List<PaymentInstalment> s = PaymentSchedule.instalments("A", "TR", 2018, AMOUNT, 3);
        assertThat(s).extracting(PaymentInstalment::financialYearLabel).containsExactly("2018/19", "2019/20", "2020/21");
        assertThat(s).extracting(PaymentInstalment::fundingSource).containsExactly(FundingSource.ROUND_POT,
                FundingSource.RECURRENT_TO_MARCH_2021, FundingSource.RECURRENT_TO_MARCH_2021);
    }

    @Test
    @DisplayName("S30 5, 14(ii): payments of a 2020 award after 31 March 2021 count against the later pot")
    void round2020ThreeYears() {
        List<PaymentInstalment> s = PaymentSchedule.instalments("A", "TR", 2020, AMOUNT, 3);
        assertThat(s).extracting(PaymentInstalment::fundingSource).containsExactly(FundingSource.ROUND_POT,
                FundingSource.LATER_POT_NEW_LCEA, FundingSource.LATER_POT_NEW_LCEA);
        assertThat(s).extracting(PaymentInstalment::financialYear).containsExactly(2020, 2021, 2022);
    }

    @Test
    @DisplayName("S30 5: a 2019 two-year award ends with the recurrent funding in 2020/21")
    void round2019TwoYears() {
        assertThat(PaymentSchedule.instalments("A", "TR", 2019, AMOUNT, 2)).extracting(PaymentInstalment::fundingSource)
                .containsExactly(FundingSource.ROUND_POT, FundingSource.RECURRENT_TO_MARCH_2021);
    }

    @Test
    @DisplayName("S30 13, 14 iv: a Future LCEA's later years are Future LCEA spend of those years; one year is one lump sum")
    void futureLceas() {
        assertThat(PaymentSchedule.instalments("A", "TR", 2022, AMOUNT, 2)).extracting(PaymentInstalment::fundingSource)
                .containsExactly(FundingSource.ROUND_POT, FundingSource.LATER_POT_FUTURE_LCEA);
        assertThat(PaymentSchedule.instalments("A", "TR", 2022, AMOUNT, 1)).hasSize(1);
    }

    @Test
    @DisplayName("S30 6, 13: an award period outside 1–3 years is refused")
    void periodLimits() {
        assertThatThrownBy(() -> PaymentSchedule.instalments("A", "TR", 2021, AMOUNT, 4)).hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> PaymentSchedule.instalments("A", "TR", 2021, AMOUNT, 0)).hasMessageContaining("1 to 3");
    }

    @Test
    @DisplayName("S30 7: a holder who moves keeps the remaining payments, paid by the new employer from its own funding")
    void moveToAnotherEmployer() {
        List<PaymentInstalment> s = PaymentSchedule.afterMove(PaymentSchedule.instalments("A", "TR", 2019, AMOUNT, 3),
                2020, "TR-NEW");
        assertThat(s).extracting(PaymentInstalment::payer).containsExactly("TR", "TR-NEW", "TR-NEW");
        assertThat(s.get(1).fundingSource()).isEqualTo(FundingSource.NEW_EMPLOYER);
        assertThat(s).extracting(PaymentInstalment::amount).containsOnly(AMOUNT);
    }

    @Test
    @DisplayName("S30 7: a holder who stops working for any Schedule 30 employer is no longer paid")
    void leavesTheScheme() {
        List<PaymentInstalment> s = PaymentSchedule.afterMove(PaymentSchedule.instalments("A", "TR", 2019, AMOUNT, 3),
                2020, null);
        assertThat(s.get(0).amount()).isEqualByComparingTo("3000");
        assertThat(s.get(1).fundingSource()).isEqualTo(FundingSource.STOPPED);
        assertThat(s.get(2).amount()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("S30 4, 14: years 2 and 3 are raised by the DDRB uplift of each year since the award; year 1 is not")
    void yearsTwoAndThreeUplifted() {
        List<PaymentInstalment> s = PaymentSchedule.uplifted(PaymentSchedule.instalments("X", "TR", 2019,
                new BigDecimal("3000"), 3), java.util.Map.of(2020, new BigDecimal("0.02"), 2021, new BigDecimal("0.03")));
        assertThat(s.get(0).amount()).isEqualByComparingTo("3000");
        assertThat(s.get(1).amount()).isEqualByComparingTo("3060.00");
        assertThat(s.get(2).amount()).isEqualByComparingTo("3151.80");
    }

    @Test
    @DisplayName("S30 7: a move or leaving takes effect from the first financial year that begins after it")
    void moveTakesEffectNextFinancialYear() {
        assertThat(PaymentSchedule.firstFinancialYearAfter(java.time.LocalDate.of(2020, 9, 30))).isEqualTo(2021);
        assertThat(PaymentSchedule.firstFinancialYearAfter(java.time.LocalDate.of(2021, 3, 31))).isEqualTo(2021);
        assertThat(PaymentSchedule.firstFinancialYearAfter(java.time.LocalDate.of(2021, 4, 1))).isEqualTo(2022);
    }

    @Test
    @DisplayName("S30 7: to 2020 an award a holder brought from another employer is charged to the new employer's pot")
    void movedInChargedBefore2021() {
        List<PaymentInstalment> moved = PaymentSchedule.afterMove(PaymentSchedule.instalments("X", "TR-OLD", 2019,
                new BigDecimal("3000"), 2), 2020, "TR-NEW");
        CommittedSpend c = CommittedSpend.of(2020, "TR-NEW", null, null, moved, java.util.Map.of("X", "TR-NEW"));
        assertThat(c.movedIn()).isEqualByComparingTo("3000");
        assertThat(CommittedSpend.potForNewAwards(new BigDecimal("10000"), BigDecimal.ZERO, c)).isEqualByComparingTo("7000");
        assertThat(CommittedSpend.of(2020, "TR-OLD", null, null, moved, java.util.Map.of("X", "TR-NEW")).total())
                .isEqualByComparingTo("0");
    }
}
