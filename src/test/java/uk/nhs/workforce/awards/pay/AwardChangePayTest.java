package uk.nhs.workforce.awards.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.awards.pay.AwardChangePay.AfterChange;
import uk.nhs.workforce.awards.pay.AwardChangePay.Change;
import uk.nhs.workforce.awards.pay.AwardChangePay.ChangeConsequences;
import uk.nhs.workforce.awards.pay.AwardChangePay.ElementJudgement;
import uk.nhs.workforce.awards.pay.AwardChangePay.HeldAward;

class AwardChangePayTest {

    private static final LocalDate ON = LocalDate.of(2022, 6, 10);
    private static final LocalDate SCHEDULE_13 = LocalDate.of(1999, 4, 1);
    private static final LocalDate SCHEDULE_14 = LocalDate.of(2005, 1, 1);

    private static ChangeConsequences assess(Change change, LocalDate appointed, HeldAward... awards) {
        return AwardChangePay.assess(new AfterChange(change, ON, appointed, List.of(awards)));
    }

    private static ElementJudgement element(ChangeConsequences c, PayElement element) {
        return c.pensionableElements().stream().filter(e -> e.element() == element).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("S30 8(ii): a reversion award is pensionable; its APA uplift is not judged (S13 9, 11, S14 7, 10 v S30 15)")
    void reversion() {
        ChangeConsequences c = assess(Change.REVERSION, SCHEDULE_14, new HeldAward(PayElement.EXISTING_LCEA_FROM_REVERSION, ON));
        assertThat(element(c, PayElement.EXISTING_LCEA_FROM_REVERSION).judgement()).isEqualTo("pensionable");
        assertThat(c.apaUplift().judgement()).startsWith("not judged: EXISTING_LCEA_FROM_REVERSION");
        assertThat(c.apaUplift().rule()).isNull();
        assertThat(c.schedule().judgement()).isEqualTo("Schedule 14");
    }

    @Test
    @DisplayName("Schedule 14 para 7: a reversion award received after 1 April 2018 is not in the APA rate basis")
    void reversionNotInApaBasis() {
        ChangeConsequences c = assess(Change.REVERSION, SCHEDULE_14, new HeldAward(PayElement.EXISTING_LCEA_FROM_REVERSION, ON));
        assertThat(c.apaRateBasis().judgement()).isEqualTo(
                "10% of basic salary with pay thresholds; points received on or after 1 April 2018 do not count");
    }

    @Test
    @DisplayName("Schedule 13 paras 9, 11: an Existing LCEA held as at 31 March 2018 counts towards the APA and its uplift")
    void pointsLostSchedule13() {
        ChangeConsequences c = assess(Change.POINTS_LOST, SCHEDULE_13,
                new HeldAward(PayElement.EXISTING_LCEA, LocalDate.of(2016, 4, 1)));
        assertThat(c.schedule().judgement()).isEqualTo("Schedule 13");
        assertThat(c.apaRateBasis().judgement()).contains("basic salary with pay thresholds + Existing LCEA held as at 31 March 2018");
        assertThat(c.apaUplift().judgement()).isEqualTo("PRO_RATA_ON_AWARDS_HELD_31_MARCH_2018");
        assertThat(c.apaUplift().rule()).contains("Schedule 13 para 9");
        assertThat(element(c, PayElement.EXISTING_LCEA).judgement()).isEqualTo("pensionable");
    }

    @Test
    @DisplayName("Schedule 17 para 2: basic salary stays pensionable when an award is lost; Schedule 14 para 10: no uplift")
    void awardLost() {
        ChangeConsequences c = assess(Change.AWARD_LOST, SCHEDULE_14);
        assertThat(c.pensionableElements()).extracting(ElementJudgement::element).containsExactly(PayElement.BASIC_SALARY);
        assertThat(element(c, PayElement.BASIC_SALARY).judgement()).isEqualTo("pensionable");
        assertThat(c.apaUplift().judgement()).isEqualTo("NONE");
    }

    @Test
    @DisplayName("Schedule 17 para 2: a distinction award without its date is not judged, nor the uplift it would decide")
    void distinctionWithoutDate() {
        ChangeConsequences c = assess(Change.AWARD_LOST, SCHEDULE_13, new HeldAward(PayElement.DISTINCTION_AWARD, null));
        assertThat(element(c, PayElement.DISTINCTION_AWARD).judgement()).startsWith("not judged: DISTINCTION_AWARD: awardedOn is required");
        assertThat(c.apaUplift().judgement()).isEqualTo("not judged: it depends on DISTINCTION_AWARD, not judged");
    }

    @Test
    @DisplayName("Schedule 17 para 2: an Existing LCEA point received on or after 1 April 2018 leaves the APA basis not judged")
    void existingLceaAfterApril2018() {
        ChangeConsequences c = assess(Change.POINTS_LOST, SCHEDULE_14,
                new HeldAward(PayElement.EXISTING_LCEA, LocalDate.of(2018, 4, 1)));
        assertThat(c.apaRateBasis().judgement()).startsWith("not judged: EXISTING_LCEA awarded on 2018-04-01");
        assertThat(element(c, PayElement.EXISTING_LCEA).judgement()).startsWith("not judged: ");
    }

    @Test
    @DisplayName("Schedules 13, 14: no appointment date, or 31 October 2003 itself, leaves the schedule and uplift not judged")
    void scheduleNotJudged() {
        assertThat(assess(Change.AWARD_LOST, null).schedule().judgement())
                .isEqualTo("not judged: appointedConsultantOn is required: it decides between Schedules 13 and 14");
        ChangeConsequences divide = assess(Change.AWARD_LOST, AwardPay.SCHEDULE_14_DIVIDE);
        assertThat(divide.schedule().judgement()).startsWith("not judged: appointedConsultantOn 2003-10-31");
        assertThat(divide.apaUplift().judgement()).startsWith("not judged: ");
    }

    @Test
    @DisplayName("The roster holds no salary or award values: the APA annual rate is never guessed")
    void annualRateNotJudged() {
        assertThat(assess(Change.AWARD_LOST, SCHEDULE_14).apaAnnualRate().judgement()).startsWith("not judged: ");
    }

    @Test
    @DisplayName("The summary names each element in words a reader knows")
    void summary() {
        String summary = assess(Change.REVERSION, SCHEDULE_14,
                new HeldAward(PayElement.EXISTING_LCEA_FROM_REVERSION, ON)).summary();
        assertThat(summary).startsWith("Pay consequences of the reversion on 2022-06-10 (Schedule 14):")
                .contains("- Existing LCEA from reversion: pensionable").contains("- Basic salary: pensionable");
    }
}
