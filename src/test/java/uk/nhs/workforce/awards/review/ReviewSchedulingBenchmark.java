package uk.nhs.workforce.awards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.awards.review.ReviewScheduling.ScheduleResult;
import uk.nhs.workforce.testsupport.ProcessEngineTest;

/**
 * Bulk scheduling for an employer of 2,000 consultants (1,600 Existing LCEA holders, 200 NCEA holders
 * overdue for renewal), then the same action again. Excluded from the normal test run; run with
 * {@code mvn -o test -Dtest=ReviewSchedulingBenchmark}.
 */
class ReviewSchedulingBenchmark extends ProcessEngineTest {

    private static final String EMPLOYER = "TR-RVW-BENCH";

    @Autowired
    private ReviewScheduling scheduling;

    @AfterEach
    void cleanUp() {
        jdbcTemplate.update("DELETE FROM award_change WHERE employee_id LIKE 'RVW-B%'");
        jdbcTemplate.update("DELETE FROM consultant WHERE employer_code = ?", EMPLOYER);
        jdbcTemplate.update("DELETE FROM organisation WHERE code = ?", EMPLOYER);
    }

    @Test
    void twoThousandConsultants() {
        jdbcTemplate.update("INSERT INTO organisation (code, name, type, region_code) VALUES (?, 'Benchmark trust', 'NHS_TRUST', 'NB')",
                EMPLOYER);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            boolean lcea = i % 10 < 8;
            boolean ncea = i % 10 == 8;
            rows.add(new Object[] {String.format("RVW-B%04d", i), "Dr Bench " + i, EMPLOYER, "Specialty " + (i % 20),
                    LocalDate.of(2005, 1, 1), lcea ? 1 + i % 9 : null, lcea ? LocalDate.of(2012 + i % 6, 1 + i % 12, 1) : null,
                    ncea ? "SILVER" : null, ncea ? LocalDate.of(2023, 1, 1) : null});
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO consultant (employee_id, name, sex, ethnic_group, employer_code, specialty, consultant_since,
                    fte, substantive, lcea_level, lcea_last_point_date, ncea, ncea_renewal_due, distinction_award)
                VALUES (?, ?, 'M', 'NOT_STATED', ?, ?, ?, 1.0, TRUE, ?, ?, ?, ?, FALSE)""", rows);

        long t0 = System.nanoTime();
        ScheduleResult first = scheduling.schedule(EMPLOYER, LocalDate.of(2024, 1, 1));
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        ScheduleResult second = scheduling.schedule(EMPLOYER, LocalDate.of(2024, 1, 1));
        long secondMs = (System.nanoTime() - t1) / 1_000_000;

        System.out.printf("%nReviewSchedulingBenchmark: 2,000 consultants: first run %d ms (%d reviews, %d renewal outcomes"
                + " started), second run %d ms (%d started)%n%n", firstMs, first.reviewsStarted(), first.renewalsStarted(),
                secondMs, second.reviewsStarted() + second.renewalsStarted());
        assertThat(first.reviewsStarted()).isEqualTo(1600);
        assertThat(first.renewalsStarted()).isEqualTo(200);
        assertThat(second.reviewsStarted() + second.renewalsStarted()).isZero();
    }
}
