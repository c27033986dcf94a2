package uk.nhs.workforce.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.awards.review.ReviewScheduling.ScheduleResult;
import uk.nhs.workforce.testsupport.ProcessEngineTest;

class ReviewSchedulingTest extends ProcessEngineTest {

    @Autowired
    private ReviewScheduling scheduling;

    private AwardRosterFixture roster;

    @BeforeEach
    void roster() {
        roster = new AwardRosterFixture(jdbcTemplate);
        roster.trusts();
        roster.consultant("RVW-S1", AwardRosterFixture.TRUST_A, "Cardiology", 4, LocalDate.of(2016, 5, 1), null, null);
        roster.consultant("RVW-S2", AwardRosterFixture.TRUST_A, "Oncology", 9, LocalDate.of(2018, 1, 1), null, null);
        roster.consultant("RVW-S3", AwardRosterFixture.TRUST_A, "Oncology", null, null, "GOLD", LocalDate.of(2023, 3, 1));
        roster.consultant("RVW-S4", AwardRosterFixture.TRUST_A, "Oncology", null, null, "BRONZE", LocalDate.of(2030, 3, 1));
        roster.consultant("RVW-S5", AwardRosterFixture.TRUST_A, "Surgery", null, null, null, null);
        roster.consultant("RVW-S6", AwardRosterFixture.TRUST_B, "Surgery", 3, LocalDate.of(2016, 5, 1), null, null);
    }

    @AfterEach
    void cleanUp() {
        deleteAllInstances();
        roster.cleanUp();
    }

    @Test
    @DisplayName("S30 15-17, 8: one action starts every holder's review and each overdue NCEA outcome; twice starts nothing twice")
    void idempotentBulkScheduling() {
        ScheduleResult first = scheduling.schedule(AwardRosterFixture.TRUST_A, LocalDate.of(2024, 1, 1));
        assertThat(first.reviewsStarted()).isEqualTo(2);
        assertThat(first.renewalsStarted()).isEqualTo(1);
        assertThat(first.refused()).isEmpty();
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("existing-lcea-review")
                .processInstanceBusinessKey("RVW-S6").count()).isZero();

        ScheduleResult second = scheduling.schedule(AwardRosterFixture.TRUST_A, LocalDate.of(2024, 1, 2));
        assertThat(second.reviewsStarted()).isZero();
        assertThat(second.renewalsStarted()).isZero();
        assertThat(second.reviewsAlreadyRunning()).isEqualTo(2);
        assertThat(second.renewalsAlreadyStarted()).isEqualTo(1);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("RVW-S3")
                .singleResult()).isNotNull();
    }

    @Test
    @DisplayName("Bulk scheduling refuses an employer that is not on the roster")
    void unknownEmployer() {
        assertThatThrownBy(() -> scheduling.schedule("TR-NOPE", LocalDate.of(2024, 1, 1))).hasMessageContaining("employerCode");
    }
}
