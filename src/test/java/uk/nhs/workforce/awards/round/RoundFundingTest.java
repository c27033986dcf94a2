package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.workforce.awards.round.Consultants.consultant;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.Consultant;

class RoundFundingTest {

    private final List<Consultant> eligible = List.of(consultant("A").build(), consultant("B").fte("0.5").build(),
            consultant("C").fte("0.7").build());

    @Test
    @DisplayName("S30 5: minimumPoints = 0.3 × eligible FTE and minimumInvestment = points × point value")
    void pointsRatio() {
        FundingFigures f = RoundFunding.figures(2019, eligible, new BigDecimal("3016.00"), new BigDecimal("0.3"),
                new BigDecimal("7900"));
        assertThat(f.fundingRegime()).isEqualTo(FundingRegime.POINTS_RATIO);
        assertThat(f.eligibleCount()).isEqualTo(3);
        assertThat(f.eligibleFte()).isEqualByComparingTo("2.2");
        assertThat(f.minimumPoints()).isEqualByComparingTo("0.66");
        assertThat(f.minimumInvestment()).isEqualByComparingTo("1990.56");
    }

    @Test
    @DisplayName("S30 5: the ratio is configurable and the investment is rounded to pennies")
    void pointsRatioRounding() {
        FundingFigures f = RoundFunding.figures(2018, eligible, new BigDecimal("3333.33"), new BigDecimal("0.35"),
                new BigDecimal("7900"));
        assertThat(f.minimumPoints()).isEqualByComparingTo("0.77");
        assertThat(f.minimumInvestment()).isEqualByComparingTo("2566.66"); // 2566.6641
    }

    @Test
    @DisplayName("S30 14: from 2021 minimumInvestment = £7900 × eligible FTE, no minimumPoints")
    void perFte() {
        FundingFigures f = RoundFunding.figures(2021, eligible, null, new BigDecimal("0.3"), new BigDecimal("7900"));
        assertThat(f.fundingRegime()).isEqualTo(FundingRegime.PER_FTE);
        assertThat(f.minimumPoints()).isNull();
        assertThat(f.minimumInvestment()).isEqualByComparingTo("17380.00");
    }

    @Test
    @DisplayName("S30 5: a POINTS_RATIO round without a point value cannot be costed")
    void missingPointValue() {
        assertThatThrownBy(() -> RoundFunding.figures(2020, eligible, null, new BigDecimal("0.3"), new BigDecimal("7900")))
                .hasMessageContaining("point value");
    }

    @Test
    @DisplayName("S30 14 i–iii: the pot for new awards is the floor plus carry-forward less what is paid first")
    void potAfterCommitments() {
        CommittedSpend committed = new CommittedSpend(new BigDecimal("5000"), new BigDecimal("3000"),
                new BigDecimal("1000"), BigDecimal.ZERO);
        assertThat(CommittedSpend.potForNewAwards(new BigDecimal("17380"), new BigDecimal("620"), committed))
                .isEqualByComparingTo("9000");
        assertThat(CommittedSpend.potForNewAwards(new BigDecimal("5000"), null, committed)).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("S30 5: a carry-forward adds to the minimum of a POINTS_RATIO round; recurrent funding comes on top")
    void carryForwardPointsRatio() {
        CommittedSpend committed = CommittedSpend.of(2019, "TR", new BigDecimal("5000"), new BigDecimal("100"),
                List.of(new PaymentInstalment("A", 2018, 2019, new BigDecimal("3000"), "TR",
                        FundingSource.RECURRENT_TO_MARCH_2021)), java.util.Map.of("A", "TR"));
        assertThat(committed.total()).isEqualByComparingTo("0");
        assertThat(CommittedSpend.potForNewAwards(new BigDecimal("1990.56"), new BigDecimal("500"), committed))
                .isEqualByComparingTo("2490.56");
    }

    @Test
    @DisplayName("S30 14 ii, iii, 7: New LCEA instalments count where the holder works now; reversions only from 2022")
    void committedSpendFrom2021() {
        List<PaymentInstalment> earlier = List.of(
                new PaymentInstalment("STAYED", 2020, 2021, new BigDecimal("3000"), "TR", FundingSource.LATER_POT_NEW_LCEA),
                new PaymentInstalment("MOVED-IN", 2019, 2021, new BigDecimal("2000"), "OTHER", FundingSource.LATER_POT_NEW_LCEA),
                new PaymentInstalment("MOVED-OUT", 2020, 2021, new BigDecimal("1500"), "TR", FundingSource.LATER_POT_NEW_LCEA),
                new PaymentInstalment("LEFT", 2020, 2021, new BigDecimal("900"), "TR", FundingSource.LATER_POT_NEW_LCEA),
                new PaymentInstalment("STAYED", 2020, 2022, new BigDecimal("3000"), "TR", FundingSource.LATER_POT_NEW_LCEA));
        java.util.Map<String, String> where = java.util.Map.of("STAYED", "TR", "MOVED-IN", "TR", "MOVED-OUT", "OTHER");
        CommittedSpend c2021 = CommittedSpend.of(2021, "TR", new BigDecimal("4000"), new BigDecimal("700"), earlier, where);
        assertThat(c2021.newLceasBeyondApril2021()).isEqualByComparingTo("5000");
        assertThat(c2021.reversions()).isEqualByComparingTo("0");
        assertThat(c2021.existingLceas()).isEqualByComparingTo("4000");
        CommittedSpend c2022 = CommittedSpend.of(2022, "TR", BigDecimal.ZERO, new BigDecimal("700"), earlier, where);
        assertThat(c2022.reversions()).isEqualByComparingTo("700");
        assertThat(c2022.newLceasBeyondApril2021()).isEqualByComparingTo("3000");
    }
}
