package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.workforce.awards.round.Consultants.consultant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.Consultant;

class RosterCommitmentsTest {

    private static final Map<Integer, BigDecimal> VALUES = Map.of(3, new BigDecimal("9048"), 8, new BigDecimal("30160"),
            9, new BigDecimal("36192"));

    @Test
    @DisplayName("S30 14 i, iii: Existing LCEAs at their level's value; those from an NCEA reversion count as reversions, not twice")
    void fromTheRoster() {
        RosterCommitments c = RosterCommitments.of(2022, List.of(consultant("A").lcea(3).build(),
                consultant("B").lcea(9).build(), consultant("C").lcea(8).build(), consultant("D").build()), VALUES,
                Set.of("C"));
        assertThat(c.existingLceaSpend()).isEqualByComparingTo("45240");
        assertThat(c.reversionSpend()).isEqualByComparingTo("30160");
        assertThat(c.breakdown()).contains("Dr A (A)").contains("iii NCEA reversion");
    }

    @Test
    @DisplayName("S30 14 i: a level without a configured value refuses, naming the setting")
    void missingLevelValue() {
        assertThatThrownBy(() -> RosterCommitments.of(2021, List.of(consultant("A").lcea(5).build()), VALUES, Set.of()))
                .hasMessageContaining("app.awards.round.level-values.5");
    }

    @Test
    @DisplayName("S30 7: a holder who left before 1 April of the award year is not paid by the round, nor eligible")
    void leaverNotCounted() {
        Consultant left = withLeftOn(consultant("A").lcea(3).build(), LocalDate.of(2021, 3, 31));
        assertThat(RosterCommitments.of(2021, List.of(left), VALUES, Set.of()).existingLceaSpend()).isEqualByComparingTo("0");
        Consultant leaver = withLeftOn(consultant("B").build(), LocalDate.of(2021, 4, 1));
        assertThat(RoundEligibility.assess(leaver, 2021).eligible()).isFalse();
        assertThat(RoundEligibility.assess(leaver, 2021).reason()).contains("S30 7");
    }

    static Consultant withLeftOn(Consultant c, LocalDate leftOn) {
        return new Consultant(c.employeeId(), c.name(), c.sex(), c.ethnicGroup(), c.employerCode(), c.specialty(),
                c.consultantSince(), c.fte(), c.substantive(), c.lceaLevel(), c.lceaLastPointDate(), c.ncea(),
                c.nceaRenewalDue(), c.distinctionAward(), c.userId(), leftOn);
    }
}
