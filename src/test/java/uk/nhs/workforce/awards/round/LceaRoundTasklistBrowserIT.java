package uk.nhs.workforce.awards.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.nhs.workforce.testsupport.TasklistBrowser;

/**
 * A committee member scores an application in Camunda Tasklist (issue 5 "Also": one screen per application
 * with its statements and the five ratings as selects, no JSON).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "app.demo.enabled=true", "app.awards.round.point-values.2020=3016" })
@ActiveProfiles("test")
class LceaRoundTasklistBrowserIT {

    static final int YEAR = 2020;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundRepository rounds;

    private DemoTrustRound round;

    @AfterEach
    void removeRound() {
        if (round != null) {
            round.delete(rounds, YEAR);
        }
    }

    /** The demo filter's name carries its count ("My tasks (1)"), so it is found by how it starts. */
    private static void myTasks(TasklistBrowser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'filters')]//*[starts-with(normalize-space(),'My tasks')]"))).click();
    }

    @Test
    @DisplayName("S30 16(ii): committee.kim reads the statements and rates the five domains 10, 6, 2 or 0 in Tasklist")
    void committeeMemberScoresInTasklist() {
        round = DemoTrustRound.openToScoring(engine, YEAR, List.of("C-001"));
        Task kims = round.scoringTaskOf("committee.kim");
        assertThat(kims).as("committee.kim's scoring task").isNotNull();

        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            // tall enough that all five rating selects sit above Tasklist's footer
            browser.driver().manage().window().setSize(new Dimension(1440, 2400));
            browser.login("committee.kim", "committee.kim");
            myTasks(browser);
            // one such task per application: the list tells them apart by the applicant's name
            browser.awaitTask("Score the application: Dr Amelia Hart");
            browser.openTask("Score the application");
            String form = browser.formText();
            assertThat(browser.field("Service delivery: the applicant").getAttribute("value"))
                    .isEqualTo("Service delivery: evidence submitted by C-001");
            assertThat(form).contains("Dr Amelia Hart (C-001)")
                    .doesNotContain("{{").doesNotContain("[{").doesNotContain("\"label\"");
            browser.screenshot(Path.of("target/screenshots/it-score-the-application.png"));
            browser.choose("Service delivery: rating", "10: excellent")
                    .choose("Service development: rating", "6: over and above contractual requirements")
                    .choose("Leadership and management: rating", "6: over and above contractual requirements")
                    .choose("Research and innovation: rating", "2: meets contractual requirements")
                    .choose("Teaching and training: rating", "0: does not meet contractual requirements")
                    .complete();
        }

        assertThat(engine.getTaskService().createTaskQuery().taskId(kims.getId()).count()).as("open").isZero();
        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(kims.getId()).singleResult();
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(rounds.scores(kims.getProcessInstanceId() + ":C-001")).anySatisfy(s -> {
            assertThat(s.member()).isEqualTo("committee.kim");
            assertThat(s.total()).isEqualTo(24);
        });
    }
}
