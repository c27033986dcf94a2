package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.nhs.workforce.rosters.RosterImportService;
import uk.nhs.workforce.rosters.RosterKind;
import uk.nhs.workforce.testsupport.ProcessEngineTest;

/**
 * Two award years end to end: a 2020 round that carries money forward with the JLNC's agreement and awards a
 * consultant who then moves to another trust and later leaves (S30 5, 7), then the 2021 rounds of both trusts
 * computed from the roster (S30 14).
 */
class AwardsTwoYearStoryTest extends ProcessEngineTest {

    static final String OLD = "TR-STA";
    static final String NEW = "TR-STB";
    static final List<String> COMMITTEE = List.of("st.chair", "st.m1");
    static final String HEADER = "employee_id,name,sex,ethnic_group,employer_code,specialty,consultant_since,fte,"
            + "substantive,lcea_level,lcea_last_point_date,ncea,ncea_renewal_due,distinction_award,left_on\n";

    @Autowired
    RoundRepository rounds;
    @Autowired
    RoundSettings settings;
    @Autowired
    IdentityService identityService;
    @Autowired
    RosterImportService rosterImport;

    private boolean createdGroup;
    private Map<Integer, BigDecimal> levelValuesBefore;

    @BeforeEach
    void roster() {
        for (String code : List.of(OLD, NEW)) {
            jdbcTemplate.update("INSERT INTO organisation (code, name, type) VALUES (?, ?, 'NHS_TRUST')", code,
                    "Story Trust " + code);
        }
        rosterImport.importCsv(RosterKind.CONSULTANTS, HEADER
                + "ST-1,Dr One,F,WHITE," + OLD + ",Cardiology,2010-01-01,1.0,true,,,,,false,\n"
                + "ST-2,Dr Two,M,ASIAN," + OLD + ",Renal,2010-01-01,1.0,true,,,,,false,\n"
                + "ST-3,Dr Three,F,BLACK," + OLD + ",Surgery,2008-01-01,1.0,true,3,2016-04-01,,,false,\n");
        if (identityService.createGroupQuery().groupId(OpenRoundListener.COMMITTEE_GROUP).count() == 0) {
            identityService.saveGroup(identityService.newGroup(OpenRoundListener.COMMITTEE_GROUP));
            createdGroup = true;
        }
        for (String id : COMMITTEE) {
            identityService.saveUser(identityService.newUser(id));
            identityService.createMembership(id, OpenRoundListener.COMMITTEE_GROUP);
        }
        levelValuesBefore = new HashMap<>(settings.getLevelValues());
        settings.getLevelValues().put(3, new BigDecimal("9048"));
    }

    @AfterEach
    void cleanUp() {
        settings.setLevelValues(levelValuesBefore);
        deleteAllInstances();
        for (String code : List.of(OLD, NEW)) {
            for (int year = 2020; year <= 2021; year++) {
                rounds.deleteRound(code, year);
            }
        }
        jdbcTemplate.update("DELETE FROM consultant WHERE employee_id LIKE 'ST-%'");
        jdbcTemplate.update("DELETE FROM organisation WHERE code IN (?, ?)", OLD, NEW);
        COMMITTEE.forEach(identityService::deleteUser);
        if (createdGroup) {
            identityService.deleteGroup(OpenRoundListener.COMMITTEE_GROUP);
        }
    }

    private static void clock(String isoLocal) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(isoLocal).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private Task task(ProcessInstance pi, String key) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private void complete(ProcessInstance pi, String key, Map<String, Object> vars) {
        processEngine.getTaskService().complete(task(pi, key).getId(), vars);
    }

    private void runJobs(ProcessInstance pi, String activityId) {
        for (Job j : processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(activityId).list()) {
            processEngine.getManagementService().executeJob(j.getId());
        }
    }

    private ProcessInstance round(String employer, int year, Double pointValue, Double carryForward) {
        Map<String, Object> v = new HashMap<>(Map.of("employerCode", employer, "awardYear", year));
        if (pointValue != null) {
            v.put("pointValue", pointValue);
        }
        if (carryForward != null) {
            v.put("carryForward", carryForward);
        }
        return processEngine.getRuntimeService().startProcessInstanceByKey("lcea-annual-round", v);
    }

    private Object var(ProcessInstance pi, String name) {
        return processEngine.getRuntimeService().getVariable(pi.getId(), name);
    }

    @Test
    @DisplayName("S30 5, 7, 14: a 2020 round carries forward with the JLNC; its award holder moves and leaves; the 2021 rounds are computed from the roster")
    void twoYears() {
        // 2020: 3 eligible FTE x 0.3 x £3000 = £2700, plus £3300 carried in from 2019: a pot of £6000
        clock("2020-04-15T09:00");
        ProcessInstance r2020 = round(OLD, 2020, 3000.0, 3300.0);
        complete(r2020, "Task_ProposeScheme", Map.of("allocationMethod", "COMPETITIVE", "awardPeriodYears", "3",
                "awardValue", 2000, "tieRule", "AWARD_ALL_TIED", "closingDate", "2020-05-31", "committeeChair", "st.chair"));
        complete(r2020, "Task_JlncScheme", Map.of("jlncAgreed", "true", "jlncCarryForwardAgreed", true));
        Map<String, Object> application = new HashMap<>(Map.of("applicantId", "ST-1"));
        for (ScoringDomain d : ScoringDomain.values()) {
            application.put(d.statementVariable(), d.label() + " evidence");
        }
        complete(r2020, "Task_RecordApplication", application);
        clock("2020-06-01T09:00");
        runJobs(r2020, "BoundaryEvent_ApplicationsClosed");
        runJobs(r2020, "SubProcess_ScoreApplications");
        Map<String, Object> ratings = new HashMap<>();
        for (ScoringDomain d : ScoringDomain.values()) {
            ratings.put(d.ratingVariable(), "10");
        }
        for (Task t : processEngine.getTaskService().createTaskQuery().processInstanceId(r2020.getId())
                .taskDefinitionKey("Task_ScoreApplication").list()) {
            processEngine.getTaskService().complete(t.getId(), ratings);
        }
        assertThat(var(r2020, "carriedForwardToNextYear")).isEqualTo(4000.0);
        complete(r2020, "Task_ConfirmAllocation", Map.of("allocationConfirmed", "true"));
        clock("2020-07-15T09:00");
        runJobs(r2020, "BoundaryEvent_AppealsWindowClosed");
        complete(r2020, "Task_SignOffReport", Map.of("reportSignedOff", true));
        assertThat(r2020).isEnded();
        assertThat(rounds.carriedForwardFrom(OLD, 2020)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4000"));

        // S30 7: ST-1 moves to the other trust in September 2020: from 2021/22 it pays, and the old trust's money is freed
        clock("2020-09-30T09:00");
        rosterImport.importCsv(RosterKind.CONSULTANTS, HEADER
                + "ST-1,Dr One,F,WHITE," + NEW + ",Cardiology,2010-01-01,1.0,true,,,,,false,\n");
        List<Map<String, Object>> schedule = jdbcTemplate.queryForList("SELECT financial_year, payer, funding_source, amount"
                + " FROM lcea_round_payment WHERE employee_id = 'ST-1' ORDER BY financial_year");
        assertThat(schedule).extracting(r -> r.get("payer")).containsExactly(OLD, NEW, NEW);
        assertThat(schedule).extracting(r -> r.get("funding_source")).containsExactly("ROUND_POT", "NEW_EMPLOYER",
                "NEW_EMPLOYER");

        // 2021, old trust: 2 eligible FTE x £7900 = £15800, carried forward £4000 by default, freed £4000, less
        // ST-3's Existing LCEA at level 3 (£9048) from the roster
        clock("2021-04-12T09:00");
        ProcessInstance old2021 = round(OLD, 2021, null, null);
        assertThat(var(old2021, "carryForward")).isEqualTo(4000.0);
        assertThat(var(old2021, "freedFunding")).isEqualTo(4000.0);
        assertThat(var(old2021, "existingLceaSpend")).isEqualTo(9048.0);
        assertThat(var(old2021, "minimumInvestment")).isEqualTo(15800.0);
        complete(old2021, "Task_ProposeScheme", Map.of("allocationMethod", "EQUAL_DISTRIBUTION", "closingDate", "2021-05-31"));
        complete(old2021, "Task_JlncScheme", Map.of("jlncAgreed", "true", "equalShareBasis", "PRO_RATA_FTE"));
        assertThat(var(old2021, "potForNewAwards")).isEqualTo(14752.0);

        // 2021, new trust: ST-1's moved instalment is charged to its pot (S30 7, 14 ii)
        ProcessInstance new2021 = round(NEW, 2021, null, null);
        assertThat(var(new2021, "minimumInvestment")).isEqualTo(7900.0);
        complete(new2021, "Task_ProposeScheme", Map.of("allocationMethod", "EQUAL_DISTRIBUTION", "closingDate", "2021-05-31"));
        complete(new2021, "Task_JlncScheme", Map.of("jlncAgreed", "true", "equalShareBasis", "PRO_RATA_FTE"));
        assertThat(var(new2021, "potForNewAwards")).isEqualTo(5900.0);

        // S30 7: ST-1 leaves Schedule 30 employment on 30 June 2021: the 2022/23 instalment stops, freed for the new trust
        rosterImport.importCsv(RosterKind.CONSULTANTS, HEADER
                + "ST-1,Dr One,F,WHITE," + NEW + ",Cardiology,2010-01-01,1.0,true,,,,,false,2021-06-30\n");
        Map<String, Object> last = jdbcTemplate.queryForMap("SELECT funding_source, amount FROM lcea_round_payment"
                + " WHERE employee_id = 'ST-1' AND financial_year = 2022");
        assertThat(last.get("funding_source")).isEqualTo("STOPPED");
        assertThat((BigDecimal) last.get("amount")).isEqualByComparingTo("0");
        assertThat(jdbcTemplate.queryForObject("SELECT SUM(amount) FROM lcea_freed_funding WHERE employer_code = ?",
                BigDecimal.class, NEW)).isEqualByComparingTo("2000");
    }
}
