package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.workforce.awards.round.Consultants.consultant;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoundAllocationTest {

    private static AwardRanking.Candidate c(String id, String score, String cost) {
        return new AwardRanking.Candidate("app-" + id, id, new BigDecimal(score), new BigDecimal(cost));
    }

    private static AwardDecision decisionOf(AllocationResult r, String employeeId) {
        return r.decisions().stream().filter(d -> d.employeeId().equals(employeeId)).findFirst().orElseThrow();
    }

    private final List<RankedApplication> ranked = AwardRanking.rank(List.of(
            c("A", "40", "3000"), c("B", "34", "3000"), c("C", "30", "3000"), c("D", "30", "1500"),
            c("E", "20", "3000")));

    @Test
    @DisplayName("S30 5: awards in rank order within the pot; every result says why")
    void rankOrderWithinPot() {
        AllocationResult r = RoundAllocation.competitive(ranked, new BigDecimal("6000"), TieRule.AWARD_ALL_TIED, true);
        assertThat(decisionOf(r, "A").awarded()).isTrue();
        assertThat(decisionOf(r, "B").awarded()).isTrue();
        assertThat(decisionOf(r, "C").awarded()).isFalse();
        assertThat(decisionOf(r, "C").reason()).contains("below the funding cut-off");
        assertThat(r.awarded()).isEqualByComparingTo("6000");
        assertThat(r.carriedForward()).isEqualByComparingTo("0");
        assertThat(r.decisions()).allSatisfy(d -> assertThat(d.reason()).isNotBlank());
    }

    @Test
    @DisplayName("S30 5, 14: applicants tied at the cut-off all get a full award under AWARD_ALL_TIED, funded above the pot")
    void tiesAwardAll() {
        AllocationResult r = RoundAllocation.competitive(ranked, new BigDecimal("7000"), TieRule.AWARD_ALL_TIED, true);
        assertThat(decisionOf(r, "C").annualAmount()).isEqualByComparingTo("3000");
        assertThat(decisionOf(r, "D").annualAmount()).isEqualByComparingTo("1500");
        assertThat(decisionOf(r, "E").awarded()).isFalse();
        assertThat(r.fundedAbovePot()).isEqualByComparingTo("3500");
        assertThat(r.rule()).contains("tied at the cut-off receive a full award");
        assertThat(decisionOf(r, "C").reason()).contains("2 applicants tied at rank 3");
    }

    @Test
    @DisplayName("S30 5: applicants tied at the cut-off share the remainder in the same proportion under SHARE_REMAINDER")
    void tiesShareRemainder() {
        AllocationResult r = RoundAllocation.competitive(ranked, new BigDecimal("7000"), TieRule.SHARE_REMAINDER, true);
        // 1000 left for a group costing 4500: each receives 22.2% of a full award
        assertThat(decisionOf(r, "C").annualAmount()).isEqualByComparingTo("666.66");
        assertThat(decisionOf(r, "D").annualAmount()).isEqualByComparingTo("333.33");
        assertThat(r.rule()).contains("share the remaining funds");
        assertThat(r.fundedAbovePot()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("S30 5: money left after every applicant is awarded is carried forward only with the JLNC's agreement")
    void carryForwardWithJlnc() {
        AllocationResult r = RoundAllocation.competitive(ranked, new BigDecimal("20000"), TieRule.AWARD_ALL_TIED, true);
        assertThat(r.awardCount()).isEqualTo(5);
        assertThat(r.carriedForward()).isEqualByComparingTo("6500");
        assertThat(r.rule()).contains("carried forward").contains("JLNC");
    }

    @Test
    @DisplayName("S30 5, 14: without the JLNC's agreement the remainder is paid once, in the award year only, not added to years 2-3")
    void awardedInFullWithoutJlnc() {
        AllocationResult r = RoundAllocation.competitive(ranked, new BigDecimal("20000"), TieRule.AWARD_ALL_TIED, false);
        assertThat(r.carriedForward()).isEqualByComparingTo("0");
        assertThat(r.awarded()).isEqualByComparingTo("20000");
        assertThat(decisionOf(r, "D").annualAmount()).isEqualByComparingTo("1500");
        assertThat(decisionOf(r, "D").topUp()).isEqualByComparingTo("722.22");
        assertThat(decisionOf(r, "D").reason()).contains("award year only").contains("awarded in full");
        List<PaymentInstalment> schedule = PaymentSchedule.instalments("D", "TR", 2019, decisionOf(r, "D").annualAmount(), 3);
        assertThat(schedule.get(2).amount()).isEqualByComparingTo("1500");
    }

    @Test
    @DisplayName("S30 5: a round with no award does not carry its money forward without the JLNC's agreement")
    void noAwardNotCarriedWithoutJlnc() {
        AllocationResult r = RoundAllocation.competitive(List.of(), new BigDecimal("5000"), TieRule.AWARD_ALL_TIED, false);
        assertThat(r.carriedForward()).isEqualByComparingTo("0");
        assertThat(r.awarded()).isEqualByComparingTo("0");
        assertThat(r.rule()).contains("uncommitted").contains("JLNC");
    }

    @Test
    @DisplayName("Issue 5 step 2: equal distribution shares the whole pot pro rata to FTE, to the penny")
    void equalDistributionProRata() {
        AllocationResult r = RoundAllocation.equalDistribution(List.of(consultant("A").build(),
                consultant("B").fte("0.5").build(), consultant("C").fte("0.5").build()), new BigDecimal("1000.01"),
                EqualShareBasis.PRO_RATA_FTE);
        assertThat(decisionOf(r, "A").annualAmount()).isEqualByComparingTo("500.01");
        assertThat(decisionOf(r, "B").annualAmount()).isEqualByComparingTo("250.00");
        assertThat(r.awarded()).isEqualByComparingTo("1000.01");
        assertThat(r.rule()).contains("pro rata to FTE");
    }

    @Test
    @DisplayName("Issue 5 step 2: equal distribution per head where the JLNC agreed otherwise")
    void equalDistributionPerHead() {
        AllocationResult r = RoundAllocation.equalDistribution(List.of(consultant("A").build(),
                consultant("B").fte("0.5").build()), new BigDecimal("1000"), EqualShareBasis.PER_HEAD);
        assertThat(decisionOf(r, "B").annualAmount()).isEqualByComparingTo("500");
        assertThat(r.rule()).contains("per head");
    }

    @Test
    @DisplayName("S30 8(i), 12: an upheld appeal reaching the cut-off adds an award without reducing anyone else's")
    void upheldAppealAddsAward() {
        AllocationResult published = RoundAllocation.competitive(ranked, new BigDecimal("6000"), TieRule.AWARD_ALL_TIED,
                true);
        AllocationResult after = RoundAllocation.afterUpheldAppeal(published,
                new RankedApplication("app-E", "E", new BigDecimal("36"), 5, new BigDecimal("3000")));
        assertThat(decisionOf(after, "E").annualAmount()).isEqualByComparingTo("3000");
        assertThat(decisionOf(after, "A").annualAmount()).isEqualByComparingTo("3000");
        assertThat(decisionOf(after, "B").annualAmount()).isEqualByComparingTo("3000");
        assertThat(after.fundedAbovePot()).isEqualByComparingTo("3000");
        assertThat(decisionOf(after, "E").reason()).contains("no other award was reduced");
    }

    @Test
    @DisplayName("S30 8(i), 12: an upheld appeal by an applicant already awarded leaves the award and the spend as they were")
    void upheldAppealOfAwardedApplicant() {
        AllocationResult published = RoundAllocation.competitive(ranked, new BigDecimal("6000"), TieRule.AWARD_ALL_TIED,
                true);
        AllocationResult after = RoundAllocation.afterUpheldAppeal(published,
                new RankedApplication("app-B", "B", new BigDecimal("38.0"), 2, new BigDecimal("3000")));
        assertThat(decisionOf(after, "B").annualAmount()).isEqualByComparingTo("3000");
        assertThat(after.awarded()).isEqualByComparingTo(published.awarded());
        assertThat(after.fundedAbovePot()).isEqualByComparingTo(published.fundedAbovePot());
        assertThat(decisionOf(after, "B").reason()).contains("corrected score 38.00")
                .contains("award unchanged, it was already awarded").doesNotContain("funded above the pot");
    }

    @Test
    @DisplayName("S30 8(i), 12: an upheld appeal whose corrected score is still below the cut-off leaves the result")
    void upheldAppealBelowCutOff() {
        AllocationResult published = RoundAllocation.competitive(ranked, new BigDecimal("6000"), TieRule.AWARD_ALL_TIED,
                true);
        AllocationResult after = RoundAllocation.afterUpheldAppeal(published,
                new RankedApplication("app-E", "E", new BigDecimal("26"), 5, new BigDecimal("3000")));
        assertThat(decisionOf(after, "E").awarded()).isFalse();
        assertThat(after.awarded()).isEqualByComparingTo(published.awarded());
        assertThat(decisionOf(after, "E").reason()).contains("below the cut-off");
    }

    @Test
    @DisplayName("S30 8(i), 12: an appellant corrected to the cut-off score is treated like those tied there")
    void upheldAppealAtSharedCutOff() {
        AllocationResult published = RoundAllocation.competitive(ranked, new BigDecimal("7000"), TieRule.SHARE_REMAINDER,
                true);
        AllocationResult after = RoundAllocation.afterUpheldAppeal(published,
                new RankedApplication("app-E", "E", new BigDecimal("30"), 5, new BigDecimal("3000")));
        assertThat(decisionOf(after, "E").annualAmount()).isEqualByComparingTo(decisionOf(published, "C").annualAmount());
    }
}
