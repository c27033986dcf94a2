package uk.nhs.workforce.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Sex;
import uk.nhs.workforce.testsupport.ProcessEngineTest;

class BoardHistoryAndDisqualificationTest extends ProcessEngineTest {

    @Autowired
    BoardsRepository boards;

    @Autowired
    BoardRosterController roster;

    @Autowired
    PlatformTransactionManager transactions;

    private ClusterFixture fixture() {
        return new ClusterFixture(jdbcTemplate);
    }

    @AfterEach
    void cleanRoster() {
        deleteAllInstances();
        jdbcTemplate.update("DELETE FROM ned_termination WHERE person_id = 'ZB-RACE'");
        jdbcTemplate.update("DELETE FROM board_person_lock WHERE person_id = 'ZB-RACE'");
        fixture().clean();
    }

    private static Date at(String date) {
        return Date.from(LocalDate.parse(date).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    @Test
    @DisplayName("A 5.4, 5.7: an ended appointment is kept; the board roster API shows the board as it was on a date")
    @SuppressWarnings("unchecked")
    void boardAsItWasOnADate() {
        fixture().load(5);
        ClockUtil.setCurrentTime(at("2011-06-01"));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("board-vacancy", Map.of("organisationCode", "ZB-P1",
                "vacatedMemberId", "ZB-P1-N6", "endReason", "RESIGNED"));
        complete(task(pi), withVariables("vacancyDecision", "LEAVE", "decisionRationale", "skills covered"));
        List<Map<String, Object>> before = (List<Map<String, Object>>) roster.boardOn("ZB-P1", "2011-05-31").getBody().get("members");
        List<Map<String, Object>> after = (List<Map<String, Object>>) roster.boardOn("ZB-P1", "2011-06-01").getBody().get("members");
        assertThat(before).extracting(m -> m.get("personId")).contains("ZB-P1-N6").hasSize(7);
        assertThat(after).extracting(m -> m.get("personId")).doesNotContain("ZB-P1-N6").hasSize(6);
        assertThat((List<Map<String, Object>>) roster.boardOn("ZB-P1", null).getBody().get("ended"))
                .singleElement().satisfies(e -> assertThat(e.get("END_REASON") != null ? e.get("END_REASON") : e.get("end_reason")).isEqualTo("RESIGNED"));
        assertThat(roster.boardOn("ZB-P1", "June").getStatusCode().value()).isEqualTo(400);
        assertThat(roster.boardOn(null, null).getBody().get("message").toString()).contains("organisationCode");
        assertThat(roster.equalityOn(ClusterFixture.CLUSTER, "2011-05-31").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    @DisplayName("A 5.3: a termination and an appointment of the same person in two cases at once: the appointment waits for the termination and is refused")
    void terminationAndAppointmentAtOnce() throws Exception {
        fixture().load(5);
        LocalDate today = Today.now();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        BoardPerson person = new BoardPerson("ZB-RACE", "Rae Race", Sex.F, EthnicGroup.WHITE, null, null);
        CompletableFuture<Void> terminate = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            boards.recordTermination("ZB-RACE", "Rae Race", ClusterFixture.CLUSTER, today, today.plusYears(2), null);
            sleep(1500);
        }));
        sleep(400);
        CompletableFuture<Throwable> appoint = CompletableFuture.supplyAsync(() -> {
            try {
                tx.executeWithoutResult(s -> boards.appoint(new BoardSeat(null, "ZB-RACE", "ZB-P2", BoardRole.NON_EXECUTIVE, null),
                        person, LocalDate.of(2013, 3, 31), today, null));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        terminate.get(20, TimeUnit.SECONDS);
        assertThat(appoint.get(20, TimeUnit.SECONDS)).isInstanceOf(Disqualification.Refused.class)
                .hasMessageContaining("Rae Race").hasMessageContaining("until " + today.plusYears(2));
        assertThat(fixture().count("SELECT COUNT(*) FROM board_member WHERE person_id = 'ZB-RACE'")).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
