package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.workforce.awards.round.Consultants.consultant;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.NceaLevel;

class RoundEligibilityTest {

    @Test
    @DisplayName("S30 1: rounds 2018–2020 are POINTS_RATIO, from 2021 PER_FTE, before 2018 refused")
    void regimeByYear() {
        assertThat(FundingRegime.forAwardYear(2018)).isEqualTo(FundingRegime.POINTS_RATIO);
        assertThat(FundingRegime.forAwardYear(2020)).isEqualTo(FundingRegime.POINTS_RATIO);
        assertThat(FundingRegime.forAwardYear(2021)).isEqualTo(FundingRegime.PER_FTE);
        assertThatThrownBy(() -> FundingRegime.forAwardYear(2017)).hasMessageContaining("2017");
    }

    @Test
    @DisplayName("S30 5: exactly one year's service on 1 April of the award year is eligible")
    void exactlyOneYearPointsRatio() {
        assertThat(RoundEligibility.assess(consultant("A").since(LocalDate.of(2018, 4, 1)).build(), 2019).eligible())
                .isTrue();
    }

    @Test
    @DisplayName("S30 5: one day short of a year's service on 1 April is not eligible")
    void oneDayShortPointsRatio() {
        EligibilityDecision d = RoundEligibility.assess(consultant("A").since(LocalDate.of(2018, 4, 2)).build(), 2019);
        assertThat(d.eligible()).isFalse();
        assertThat(d.reason()).contains("less than one year's service").contains("S30 5");
    }

    @Test
    @DisplayName("S30 14: exactly one year's service on 1 April 2021 is eligible, a day less is not")
    void exactlyOneYearPerFte() {
        assertThat(RoundEligibility.assess(consultant("A").since(LocalDate.of(2020, 4, 1)).build(), 2021).eligible())
                .isTrue();
        assertThat(RoundEligibility.assess(consultant("A").since(LocalDate.of(2020, 4, 2)).build(), 2021).eligible())
                .isFalse();
    }

    @Test
    @DisplayName("S30 5: an Existing LCEA Level 9 holder is not eligible in 2018–2020")
    void level9PointsRatio() {
        EligibilityDecision d = RoundEligibility.assess(consultant("A").lcea(9).build(), 2020);
        assertThat(d.eligible()).isFalse();
        assertThat(d.reason()).contains("Level 9");
    }

    @Test
    @DisplayName("S30 5: an Existing LCEA Level 8 holder is eligible in 2018–2020")
    void level8PointsRatio() {
        assertThat(RoundEligibility.assess(consultant("A").lcea(8).build(), 2018).eligible()).isTrue();
    }

    @Test
    @DisplayName("S30 14: an Existing LCEA Level 9 holder is eligible from 2021 (S30 14 excludes only NCEA and Distinction)")
    void level9PerFte() {
        assertThat(RoundEligibility.assess(consultant("A").lcea(9).build(), 2021).eligible()).isTrue();
    }

    @Test
    @DisplayName("S30 5 and S30 14: an NCEA holder is not eligible in either regime")
    void nceaHolder() {
        assertThat(RoundEligibility.assess(consultant("A").ncea(NceaLevel.BRONZE).build(), 2019).eligible()).isFalse();
        assertThat(RoundEligibility.assess(consultant("A").ncea(NceaLevel.PLATINUM).build(), 2022).eligible()).isFalse();
    }

    @Test
    @DisplayName("S30 5 and S30 14: a Distinction Award holder is not eligible in either regime")
    void distinctionHolder() {
        assertThat(RoundEligibility.assess(consultant("A").distinction().build(), 2018).eligible()).isFalse();
        EligibilityDecision d = RoundEligibility.assess(consultant("A").distinction().build(), 2021);
        assertThat(d.eligible()).isFalse();
        assertThat(d.reason()).contains("Distinction").contains("S30 14");
    }

    @Test
    @DisplayName("S30 5 and S30 14: part-time consultants are eligible in both regimes")
    void partTimers() {
        assertThat(RoundEligibility.assess(consultant("A").fte("0.4").build(), 2019).eligible()).isTrue();
        assertThat(RoundEligibility.assess(consultant("A").fte("0.4").build(), 2023).eligible()).isTrue();
    }

    @Test
    @DisplayName("S30 5: non-substantive consultants are eligible in 2018–2020 (S30 5 sets no such condition)")
    void nonSubstantivePointsRatio() {
        assertThat(RoundEligibility.assess(consultant("A").nonSubstantive().build(), 2020).eligible()).isTrue();
    }

    @Test
    @DisplayName("S30 14: non-substantive consultants are not eligible from 2021")
    void nonSubstantivePerFte() {
        EligibilityDecision d = RoundEligibility.assess(consultant("A").nonSubstantive().build(), 2021);
        assertThat(d.eligible()).isFalse();
        assertThat(d.reason()).contains("substantively");
    }
}
