package uk.nhs.workforce.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReviewDatesTest {

    @Test
    @DisplayName("S30 16(i): five years after the last point, when that is after 1 April 2021")
    void fiveYearsAfterLastPoint() {
        assertThat(ReviewDates.yearsAfter(LocalDate.of(2018, 3, 15), 5, 0)).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    @DisplayName("S30 16(i): no review earlier than 1 April 2021")
    void neverBeforeApril2021() {
        assertThat(ReviewDates.yearsAfter(LocalDate.of(2012, 6, 1), 5, 0)).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(ReviewDates.yearsAfter(LocalDate.of(2016, 3, 31), 5, 0)).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(ReviewDates.yearsAfter(LocalDate.of(2016, 4, 2), 5, 0)).isEqualTo(LocalDate.of(2021, 4, 2));
    }

    @Test
    @DisplayName("S30 16(iii): the review period excludes maternity, paternity, adoption or extended sick leave")
    void excludedAbsenceLengthensThePeriod() {
        assertThat(ReviewDates.yearsAfter(LocalDate.of(2018, 1, 10), 5, 100)).isEqualTo(LocalDate.of(2023, 4, 20));
    }

    @Test
    @DisplayName("S30 16(i), 16(iii): excluded absence counts from the plain date, then the April 2021 floor applies")
    void absenceThenFloor() {
        assertThat(ReviewDates.yearsAfter(LocalDate.of(2015, 1, 1), 5, 30)).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(ReviewDates.yearsAfter(LocalDate.of(2016, 1, 1), 5, 100)).isEqualTo(LocalDate.of(2021, 4, 11));
    }

    @Test
    @DisplayName("S30 18: a reverted NCEA holder is reviewed three years after the reversion, not before April 2021")
    void threeYearsAfterReversion() {
        assertThat(ReviewDates.yearsAfter(LocalDate.of(2019, 9, 30), 3, 0)).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(ReviewDates.yearsAfter(LocalDate.of(2018, 1, 31), 3, 0)).isEqualTo(LocalDate.of(2021, 4, 1));
    }

    @Test
    @DisplayName("S30 16(iii): negative absence is refused, not treated as zero")
    void negativeAbsenceRefused() {
        assertThatThrownBy(() -> ReviewDates.yearsAfter(LocalDate.of(2018, 1, 1), 5, -1))
                .hasMessageContaining("excludedAbsenceDays");
    }
}
