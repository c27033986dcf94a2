package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.testsupport.ProcessEngineTest;

class LceaRoundSchedulerProcessTest extends ProcessEngineTest {

    static final String TRUST_A = "TR-SCHA";
    static final String TRUST_B = "TR-SCHB";
    static final int YEAR = 2027;

    @Autowired
    RoundSettings settings;
    @Autowired
    RoundRepository rounds;

    @BeforeEach
    void roster() {
        for (String trust : new String[] { TRUST_A, TRUST_B }) {
            jdbcTemplate.update("INSERT INTO organisation (code, name, type) VALUES (?, ?, 'NHS_TRUST')", trust, "Scheduler test " + trust);
            jdbcTemplate.update("INSERT INTO consultant (employee_id, name, sex, ethnic_group, employer_code, specialty,"
                    + " consultant_since, fte, substantive, distinction_award) VALUES (?, 'Dr S', 'F', 'WHITE', ?, 'Renal', ?, ?, true, false)",
                    trust + "-1", trust, java.sql.Date.valueOf("2015-01-01"), new BigDecimal("1.0"));
        }
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2027-03-31T12:00").atZone(ZoneId.systemDefault()).toInstant()));
    }

    @AfterEach
    void clean() {
        settings.getYearlyOpening().setEnabled(false);
        processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("lcea-annual-round").list()
                .forEach(pi -> processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "test"));
        for (String trust : new String[] { TRUST_A, TRUST_B }) {
            rounds.deleteRound(trust, YEAR);
            jdbcTemplate.update("DELETE FROM consultant WHERE employer_code = ?", trust);
            jdbcTemplate.update("DELETE FROM organisation WHERE code = ?", trust);
        }
    }

    private Job aprilTimer() {
        return processEngine.getManagementService().createJobQuery().processDefinitionKey("lcea-round-scheduler")
                .timers().singleResult();
    }

    private long roundsOf(String trust) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("lcea-annual-round")
                .variableValueEquals("employerCode", trust).count();
    }

    @Test
    @DisplayName("Issue 5 step 1: the yearly timer is due at 06:00 on 1 April")
    void timerDueFirstApril() {
        Job timer = aprilTimer();
        assertThat(timer).isNotNull();
        LocalDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime();
        assertThat(due.getMonthValue()).isEqualTo(4);
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getHour()).isEqualTo(6);
    }

    @Test
    @DisplayName("Issue 5 step 1: switched off by default, the April timer opens no round")
    void offByDefault() {
        assertThat(settings.getYearlyOpening().isEnabled()).isFalse();
        processEngine.getManagementService().executeJob(aprilTimer().getId());
        assertThat(roundsOf(TRUST_A)).isZero();
        assertThat(roundsOf(TRUST_B)).isZero();
    }

    @Test
    @DisplayName("Issue 5 step 1, S30 5: switched on, each employer with consultants gets one round for the year; one already opened is left alone")
    void opensOneRoundPerEmployer() {
        settings.getYearlyOpening().setEnabled(true);
        processEngine.getRuntimeService().startProcessInstanceByKey("lcea-annual-round",
                Map.of("employerCode", TRUST_A, "awardYear", YEAR));
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2027-04-01T06:00").atZone(ZoneId.systemDefault()).toInstant()));

        processEngine.getManagementService().executeJob(aprilTimer().getId());

        assertThat(roundsOf(TRUST_A)).as("already had one").isOne();
        assertThat(roundsOf(TRUST_B)).isOne();
        assertThat(rounds.hasRound(TRUST_B, YEAR)).isTrue();
        assertThat(aprilTimer()).as("next year's timer").isNotNull();
    }
}
