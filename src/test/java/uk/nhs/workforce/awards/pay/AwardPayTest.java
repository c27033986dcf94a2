package uk.nhs.workforce.awards.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.awards.pay.AwardPay.ApaUplift;
import uk.nhs.workforce.awards.pay.AwardPay.PayConsequences;
import uk.nhs.workforce.awards.pay.AwardPay.PayInput;
import uk.nhs.workforce.awards.pay.AwardPay.PayItem;

class AwardPayTest {

    private static final LocalDate BEFORE_2003 = LocalDate.of(1999, 5, 1);
    private static final LocalDate AFTER_2003 = LocalDate.of(2010, 5, 1);
    private static final BigDecimal MAXIMUM_LOCAL_LEVEL = new BigDecimal("36192");

    private static PayItem item(PayElement e, String value, LocalDate on) {
        return new PayItem(e, new BigDecimal(value), on);
    }

    private static PayConsequences calc(LocalDate appointed, BigDecimal nceaValue, PayItem... items) {
        List<PayItem> all = new ArrayList<>(List.of(items));
        all.add(0, item(PayElement.BASIC_SALARY, "100000", null));
        return AwardPay.calculate(new PayInput(appointed, all, nceaValue, MAXIMUM_LOCAL_LEVEL));
    }

    private static BigDecimal pensionableOf(PayConsequences c, PayElement e) {
        return c.lines().stream().filter(l -> l.element() == e).findFirst().orElseThrow().pensionableValue();
    }

    @Test
    @DisplayName("Schedule 13 para 11 / Schedule 14 para 7: APA = 10% of basic with thresholds and LCEAs held as at 31 March 2018")
    void apaRateCountsAwardsHeldAt31March2018() {
        PayConsequences c = calc(AFTER_2003, null, item(PayElement.EXISTING_LCEA, "20000", LocalDate.of(2015, 4, 1)),
                item(PayElement.NEW_LCEA, "5000", LocalDate.of(2019, 4, 1)));
        assertThat(c.apaAnnualRate()).isEqualByComparingTo("12000.00");
        assertThat(c.schedule()).isEqualTo("Schedule 14");
    }

    @Test
    @DisplayName("Schedule 13 para 11, S30 6, 13: New and Future LCEA points received from 1 April 2018 are not in the APA rate")
    void apaRateExcludesNewPoints() {
        PayConsequences c = calc(BEFORE_2003, null, item(PayElement.FUTURE_LCEA, "8000", LocalDate.of(2022, 4, 1)));
        assertThat(c.apaAnnualRate()).isEqualByComparingTo("10000.00");
        assertThat(c.schedule()).isEqualTo("Schedule 13");
        assertThat(c.apaUplift()).isEqualTo(ApaUplift.NONE);
    }

    @Test
    @DisplayName("Schedule 13 para 9: discretionary points / LCEA held as at 31 March 2018 give the pro rata APA uplift")
    void schedule13ProRata() {
        PayConsequences c = calc(BEFORE_2003, null, item(PayElement.DISCRETIONARY_POINTS, "6000", LocalDate.of(2001, 4, 1)));
        assertThat(c.apaUplift()).isEqualTo(ApaUplift.PRO_RATA_ON_AWARDS_HELD_31_MARCH_2018);
        assertThat(c.apaRule()).contains("Schedule 13 para 9");
    }

    @Test
    @DisplayName("Schedule 13 para 10: a distinction award or national CEA: uplift at the maximum local level")
    void schedule13Maximum() {
        PayConsequences c = calc(BEFORE_2003, null, item(PayElement.DISTINCTION_AWARD, "30000", LocalDate.of(2000, 4, 1)));
        assertThat(c.apaUplift()).isEqualTo(ApaUplift.PRO_RATA_AT_MAXIMUM_LOCAL_LEVEL);
    }

    @Test
    @DisplayName("Schedule 14 para 10: LCEA held as at 31 March 2018 gives the pro rata uplift")
    void schedule14ProRata() {
        PayConsequences c = calc(AFTER_2003, null, item(PayElement.EXISTING_LCEA, "9000", LocalDate.of(2016, 4, 1)));
        assertThat(c.apaUplift()).isEqualTo(ApaUplift.PRO_RATA_ON_AWARDS_HELD_31_MARCH_2018);
        assertThat(c.apaRule()).contains("Schedule 14 para 10");
    }

    @Test
    @DisplayName("Schedule 14 para 11: a national CEA under any scheme: uplift at the maximum local level")
    void schedule14Maximum() {
        PayConsequences c = calc(AFTER_2003, null, item(PayElement.EXISTING_NCEA, "36000", LocalDate.of(2016, 4, 1)));
        assertThat(c.apaUplift()).isEqualTo(ApaUplift.PRO_RATA_AT_MAXIMUM_LOCAL_LEVEL);
    }

    @Test
    @DisplayName("S30 6, 13; Schedule 14 para 10: New or Future LCEAs alone give no APA uplift")
    void newLceaNoUplift() {
        PayConsequences c = calc(AFTER_2003, null, item(PayElement.NEW_LCEA, "3000", LocalDate.of(2019, 4, 1)));
        assertThat(c.apaUplift()).isEqualTo(ApaUplift.NONE);
    }

    @Test
    @DisplayName("Schedule 17 para 2: basic salary (ten PAs), on-call, London weighting, domiciliary fees are pensionable; extra PAs are not")
    void schedule17BasicElements() {
        PayConsequences c = calc(AFTER_2003, null, item(PayElement.ADDITIONAL_PROGRAMMED_ACTIVITIES, "10000", null),
                item(PayElement.ON_CALL_SUPPLEMENT, "3000", null), item(PayElement.LONDON_WEIGHTING, "2000", null),
                item(PayElement.DOMICILIARY_FEES, "500", null));
        assertThat(pensionableOf(c, PayElement.ADDITIONAL_PROGRAMMED_ACTIVITIES)).isZero();
        assertThat(c.pensionablePay()).isEqualByComparingTo("105500");
    }

    @Test
    @DisplayName("Schedule 17 para 2; S30 15: discretionary points, distinction awards and Existing LCEAs held as at 31 March 2018 are pensionable")
    void schedule17AwardsHeld() {
        PayConsequences c = calc(BEFORE_2003, null, item(PayElement.DISCRETIONARY_POINTS, "6000", LocalDate.of(2001, 4, 1)),
                item(PayElement.EXISTING_LCEA, "9000", LocalDate.of(2016, 4, 1)));
        assertThat(c.pensionablePay()).isEqualByComparingTo("115000");
    }

    @Test
    @DisplayName("S30 8(ii): an Existing LCEA from a reversion is consolidated and pensionable")
    void reversionPensionable() {
        assertThat(AwardPay.pensionability(item(PayElement.EXISTING_LCEA_FROM_REVERSION, "30000", LocalDate.of(2021, 6, 1)))
                .pensionableValue()).isEqualByComparingTo("30000");
    }

    @Test
    @DisplayName("Schedule 13 para 11 / 14 para 7 vs S30 15: APA treatment of a reversion award is refused, not guessed")
    void reversionApaRefused() {
        assertThatThrownBy(() -> calc(AFTER_2003, null,
                item(PayElement.EXISTING_LCEA_FROM_REVERSION, "30000", LocalDate.of(2021, 6, 1))))
                .isInstanceOf(PayRuleRefusal.class).hasMessageContaining("S30 15");
    }

    @Test
    @DisplayName("S30 6, 13: New and Future LCEAs are not pensionable")
    void newFutureNotPensionable() {
        PayConsequences c = calc(AFTER_2003, null, item(PayElement.NEW_LCEA, "3000", LocalDate.of(2019, 4, 1)),
                item(PayElement.FUTURE_LCEA, "4000", LocalDate.of(2022, 4, 1)));
        assertThat(pensionableOf(c, PayElement.NEW_LCEA)).isZero();
        assertThat(pensionableOf(c, PayElement.FUTURE_LCEA)).isZero();
        assertThat(c.pensionablePay()).isEqualByComparingTo("100000");
    }

    @Test
    @DisplayName("S30 21: an Existing NCEA held up to 31 March 2019 is consolidated and pensionable; a later one is refused")
    void existingNcea() {
        PayConsequences c = calc(AFTER_2003, null, item(PayElement.EXISTING_NCEA, "36000", LocalDate.of(2019, 3, 31)));
        assertThat(pensionableOf(c, PayElement.EXISTING_NCEA)).isEqualByComparingTo("36000");
        assertThatThrownBy(() -> calc(AFTER_2003, null, item(PayElement.EXISTING_NCEA, "36000", LocalDate.of(2019, 4, 1))))
                .hasMessageContaining("S30 21");
    }

    @Test
    @DisplayName("S30 23(c)(v): a Future NCEA with top-up is pensionable only up to the Existing NCEA's value")
    void futureNceaCapped() {
        PayConsequences c = calc(AFTER_2003, new BigDecimal("36000"), item(PayElement.FUTURE_NCEA, "30000", null),
                item(PayElement.FUTURE_NCEA_TOP_UP, "9000", null));
        assertThat(pensionableOf(c, PayElement.FUTURE_NCEA)).isEqualByComparingTo("36000");
        assertThatThrownBy(() -> calc(AFTER_2003, null, item(PayElement.FUTURE_NCEA, "30000", null)))
                .hasMessageContaining("existingNceaValue");
    }

    @Test
    @DisplayName("Schedules 13 and 14: appointment on 31 October 2003 itself is in neither, so it is refused")
    void divideDayRefused() {
        assertThatThrownBy(() -> calc(LocalDate.of(2003, 10, 31), null)).hasMessageContaining("2003-10-31");
    }

    @Test
    @DisplayName("Schedule 17 para 2 vs S30 3: an 'Existing' LCEA dated on or after 1 April 2018 is refused, not guessed")
    void lateExistingLceaRefused() {
        assertThatThrownBy(() -> calc(AFTER_2003, null, item(PayElement.EXISTING_LCEA, "3000", LocalDate.of(2018, 6, 1))))
                .hasMessageContaining("1 April 2018");
    }

    @Test
    @DisplayName("Schedule 14 para 11: a distinction award for a post-2003 appointee is refused")
    void distinctionAfter2003Refused() {
        assertThatThrownBy(() -> calc(AFTER_2003, null, item(PayElement.DISTINCTION_AWARD, "30000", LocalDate.of(2002, 1, 1))))
                .hasMessageContaining("Schedule 14");
    }

    @Test
    @DisplayName("Negative values and a missing basic salary are refused")
    void badInputsRefused() {
        assertThatThrownBy(() -> calc(AFTER_2003, null, item(PayElement.LONDON_WEIGHTING, "-1", null)))
                .hasMessageContaining("annualValue");
        assertThatThrownBy(() -> AwardPay.calculate(new PayInput(AFTER_2003, List.of(), null)))
                .hasMessageContaining("BASIC_SALARY");
    }

    @Test
    @DisplayName("Schedule 14 paras 7, 11: a national CEA holder's additional PA includes the maximum local-level element; without its value the rate is refused")
    void nceaHolderApaIncludesLocalLevelElement() {
        PayConsequences c = calc(AFTER_2003, null, item(PayElement.EXISTING_NCEA, "36000", LocalDate.of(2016, 4, 1)));
        assertThat(c.apaAnnualRate()).isEqualByComparingTo("13619.20");
        PayConsequences da = calc(BEFORE_2003, null, item(PayElement.DISTINCTION_AWARD, "30000", LocalDate.of(2000, 4, 1)));
        assertThat(da.apaAnnualRate()).isEqualByComparingTo("13619.20");
        assertThatThrownBy(() -> AwardPay.calculate(new PayInput(AFTER_2003, List.of(item(PayElement.BASIC_SALARY, "100000", null),
                item(PayElement.EXISTING_NCEA, "36000", LocalDate.of(2016, 4, 1))), null)))
                .hasMessageContaining("maximumLocalLevelValue");
    }

    @Test
    @DisplayName("S30 3: a 2017-round award after 31 March 2018 is advised as an Existing LCEA backdated to 1 April 2017, not a New LCEA")
    void round2017Advice() {
        assertThatThrownBy(() -> calc(AFTER_2003, null, item(PayElement.EXISTING_LCEA, "3000", LocalDate.of(2018, 5, 1))))
                .hasMessageContaining("S30 3").hasMessageContaining("backdated to 1 April 2017")
                .hasMessageNotContaining("record it as NEW_LCEA");
    }
}
