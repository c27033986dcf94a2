package uk.nhs.workforce.awards.ncea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NceaRulesTest {

    @Test
    @DisplayName("S30 21, 22: a successful renewal retains the Existing NCEA")
    void successfulRenewalRetains() {
        assertThat(RenewalRoute.of(true, true, true)).isEqualTo(RenewalRoute.RENEWED);
        assertThat(RenewalRoute.of(false, true, true)).isEqualTo(RenewalRoute.RENEWED);
    }

    @Test
    @DisplayName("S30 23(b): unsuccessful Future NCEA application while the existing award is not due: kept until due")
    void notDueKept() {
        assertThat(RenewalRoute.of(false, true, false)).isEqualTo(RenewalRoute.KEPT_UNTIL_DUE);
    }

    @Test
    @DisplayName("S30 23(b): not due and no application: the Existing NCEA is retained until the renewal is due")
    void notDueNoApplicationKept() {
        assertThat(RenewalRoute.of(false, false, null)).isEqualTo(RenewalRoute.KEPT_UNTIL_DUE);
    }

    @Test
    @DisplayName("S30 8(ii), 8(iv), 23(a): unsuccessful or missing application while due goes to the reversion table")
    void reversionTable() {
        assertThat(RenewalRoute.of(true, true, false)).isEqualTo(RenewalRoute.REVERSION_TABLE);
        assertThat(RenewalRoute.of(true, false, null)).isEqualTo(RenewalRoute.REVERSION_TABLE);
    }

    @Test
    @DisplayName("S30 8(iii): reversions before 1 April 2022 are funded outside the New LCEA ratio")
    void fundedOutsideRatio() {
        assertThat(ReversionFunding.on(LocalDate.of(2022, 3, 31))).isEqualTo(ReversionFunding.OUTSIDE_NEW_AWARD_RATIO);
        assertThat(ReversionFunding.on(LocalDate.of(2019, 6, 1))).isEqualTo(ReversionFunding.OUTSIDE_NEW_AWARD_RATIO);
    }

    @Test
    @DisplayName("S30 14(iii): from 1 April 2022 reversions are paid from the local awards pot")
    void fundedLocally() {
        assertThat(ReversionFunding.on(LocalDate.of(2022, 4, 1))).isEqualTo(ReversionFunding.LOCAL_AWARDS_POT);
    }

    @Test
    @DisplayName("S30 24: points removed by local review are deducted from the level reverted to")
    void pointsRemovedDeducted() {
        assertThat(RevertedLevel.of(8, 0)).isEqualTo(8);
        assertThat(RevertedLevel.of(8, 2)).isEqualTo(6);
        assertThat(RevertedLevel.of(7, 9)).isZero();
        assertThatThrownBy(() -> RevertedLevel.of(6, 0)).hasMessageContaining("level 7 or 8");
    }
}
