package uk.nhs.workforce.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.awards.review.ReviewOutcome.DecisionRow;
import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Sex;

class ReviewRulesTest {

    @Test
    @DisplayName("S30 16(ii): ratings are 10, 6, 2 or 0 in five domains, so the score is their sum from 0 to 50")
    void ratingsSum() {
        assertThat(new ReviewRatings(10, 6, 2, 0, 10).score()).isEqualTo(28);
        assertThat(new ReviewRatings(10, 10, 10, 10, 10).score()).isEqualTo(50);
        assertThat(new ReviewRatings(0, 0, 0, 0, 0).score()).isZero();
    }

    @Test
    @DisplayName("S30 16(ii): any other rating is refused, naming the field")
    void otherRatingsRefused() {
        assertThatThrownBy(() -> new ReviewRatings(10, 6, 2, 0, 7)).hasMessageContaining("teachingRating");
        assertThatThrownBy(() -> new ReviewRatings(11, 6, 2, 0, 0)).hasMessageContaining("serviceDeliveryRating");
        assertThatThrownBy(() -> new ReviewRatings(10, -2, 2, 0, 0)).hasMessageContaining("serviceDevelopmentRating");
    }

    @Test
    @DisplayName("S30 16(ii): points lost reduce the level; the next review is the review date plus the table's period")
    void pointsLostAndNextReview() {
        ReviewOutcome o = ReviewOutcome.apply(12, 5, new DecisionRow("LOSE_ONE_POINT", 1, 3), LocalDate.of(2022, 5, 3), 0);
        assertThat(o.newLevel()).isEqualTo(4);
        assertThat(o.nextReviewDate()).isEqualTo(LocalDate.of(2025, 5, 3));
        assertThat(o.awardEnded()).isFalse();
    }

    @Test
    @DisplayName("S30 16(iii): absence excluded from the next period moves the next review later")
    void absenceMovesNextReview() {
        ReviewOutcome o = ReviewOutcome.apply(25, 3, new DecisionRow("RETAIN", 0, 5), LocalDate.of(2022, 5, 3), 30);
        assertThat(o.nextReviewDate()).isEqualTo(LocalDate.of(2027, 6, 2));
    }

    @Test
    @DisplayName("S30 16(ii): a level never falls below 0; at 0 the award ends and no review follows")
    void neverBelowZero() {
        ReviewOutcome o = ReviewOutcome.apply(4, 1, new DecisionRow("LOSE_TWO_POINTS", 2, 2), LocalDate.of(2022, 5, 3), 0);
        assertThat(o.newLevel()).isZero();
        assertThat(o.awardEnded()).isTrue();
        assertThat(o.nextReviewDate()).isNull();
    }

    @Test
    @DisplayName("S30 16(ii): a score the table has no outcome for (outside 0-50) is refused")
    void noDecisionRefused() {
        assertThatThrownBy(() -> ReviewOutcome.apply(51, 5, null, LocalDate.of(2022, 5, 3), 0))
                .hasMessageContaining("reviewScore 51");
    }

    @Test
    @DisplayName("S30 16(i): first review five years after the last point, not before 1 April 2021")
    void firstReviewLevels1to8() {
        assertThat(ReviewDueDate.first(6, LocalDate.of(2014, 7, 1), 0, null)).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(ReviewDueDate.first(8, LocalDate.of(2017, 7, 1), 0, null)).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(ReviewDueDate.first(8, LocalDate.of(2017, 7, 1), 10, null)).isEqualTo(LocalDate.of(2022, 7, 11));
    }

    @Test
    @DisplayName("S30 18: after a reversion the first review is three years later, not before April 2021")
    void firstReviewAfterReversion() {
        assertThat(ReviewDueDate.first(8, LocalDate.of(2019, 2, 1), 0, LocalDate.of(2019, 2, 1)))
                .isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(ReviewDueDate.first(7, LocalDate.of(2018, 2, 1), 0, LocalDate.of(2018, 2, 1)))
                .isEqualTo(LocalDate.of(2021, 4, 1));
    }

    @Test
    @DisplayName("S30 17: a level 9 keeps its five-yearly renewal before April 2021 and the score table after")
    void level9() {
        LocalDate due = ReviewDueDate.first(9, LocalDate.of(2014, 7, 1), 0, null);
        assertThat(due).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(ReviewDueDate.renewalArrangementsApply(9, due)).isTrue();
        assertThat(ReviewDueDate.renewalArrangementsApply(9, LocalDate.of(2021, 4, 1))).isFalse();
        assertThat(ReviewDueDate.renewalArrangementsApply(8, LocalDate.of(2019, 7, 1))).isFalse();
        assertThat(ReviewDueDate.first(9, LocalDate.of(2017, 7, 1), 0, null)).isEqualTo(LocalDate.of(2022, 7, 1));
    }

    private static Consultant consultant(String employer, String specialty) {
        return new Consultant("C1", "Dr A", Sex.F, EthnicGroup.WHITE, employer, specialty, LocalDate.of(2005, 1, 1),
                BigDecimal.ONE, true, 5, LocalDate.of(2016, 1, 1), null, null, false, null);
    }

    @Test
    @DisplayName("S30 4, 15: a move to another employer in the same specialty keeps the award and its review")
    void movedSameSpecialty() {
        assertThat(EmploymentStatus.assess("TR-A", "Cardiology", Optional.of(consultant("TR-B", "Cardiology"))))
                .isEqualTo(EmploymentStatus.MOVED_SAME_SPECIALTY);
        assertThat(EmploymentStatus.assess("TR-A", "Cardiology", Optional.of(consultant("TR-A", "Cardiology"))))
                .isEqualTo(EmploymentStatus.SAME_EMPLOYER);
    }

    @Test
    @DisplayName("S30 4, 15: another specialty brings in the change-of-circumstances provisions")
    void specialtyChanged() {
        assertThat(EmploymentStatus.assess("TR-A", "Cardiology", Optional.of(consultant("TR-B", "Oncology"))))
                .isEqualTo(EmploymentStatus.SPECIALTY_CHANGED);
    }

    @Test
    @DisplayName("S30 15: no longer working for a Schedule 30 employer: the award value stops")
    void left() {
        assertThat(EmploymentStatus.assess("TR-A", "Cardiology", Optional.empty())).isEqualTo(EmploymentStatus.LEFT);
    }
}
