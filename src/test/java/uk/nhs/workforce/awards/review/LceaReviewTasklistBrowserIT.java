package uk.nhs.workforce.awards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

import uk.nhs.workforce.testsupport.HttpTest;
import uk.nhs.workforce.testsupport.TasklistBrowser;

/**
 * The awards committee's Existing LCEA review in Camunda Tasklist (S30 16(ii)): a review started through
 * the REST API, its timer fired, the rating form filled by committee.kim in a real browser. Also the
 * server-side checks the form alone cannot give: a rating outside 10/6/2/0 completed through the REST
 * API, and a start without currentLevel, are refused with a message naming the field.
 * Demo data: C-018 (Dr Rosa Alvarez, level 3 Existing LCEA, TR-NBH) and C-019.
 */
@TestPropertySource(properties = "app.demo.enabled=true")
class LceaReviewTasklistBrowserIT extends HttpTest {

    private static final String KEY = "existing-lcea-review";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @AfterEach
    void cleanUp() {
        processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).list()
                .forEach(pi -> processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "test cleanup", true, true));
    }

    private ProcessInstance startReviewViaRest(String employeeId, int level, String lastAwardPointDate) {
        HttpResponse<String> started = post("/engine-rest/process-definition/key/" + KEY + "/start", "staffing.sara",
                "application/json", """
                        {"variables": {
                          "employeeId": {"value": "%s"},
                          "currentLevel": {"value": %d, "type": "Integer"},
                          "lastAwardPointDate": {"value": "%s"}}}""".formatted(employeeId, level, lastAwardPointDate));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(employeeId).singleResult();
    }

    private Task fireTimerToRatingTask(ProcessInstance pi) {
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        assertThat(timer).as("review timer").isNotNull();
        processEngine.getManagementService().executeJob(timer.getId());
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("UserTask_ScoreReview").singleResult();
        assertThat(task).as("the committee's rating task").isNotNull();
        return task;
    }

    private Object variable(ProcessInstance pi, String name) {
        return processEngine.getRuntimeService().getVariable(pi.getId(), name);
    }

    @Test
    @DisplayName("S30 16(ii): committee.kim rates the five domains in Tasklist; 12 points lose one level and set the next review")
    void committeeRatesReviewInTasklist() {
        // C-018's last point (2024-01-01) puts the review five years on: the timer is fired here, not waited for
        ProcessInstance pi = startReviewViaRest("C-018", 3, "2024-01-01");
        assertThat(variable(pi, "reviewDueDate")).isEqualTo("2029-01-01");
        Task task = fireTimerToRatingTask(pi);

        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            browser.login("committee.kim", "committee.kim");
            browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
            assertThat(browser.formText()).contains("Dr Rosa Alvarez").contains("Northbridge Hospitals NHS Trust")
                    .contains("Current level: 3");
            claim(browser, wait);
            typeDate(browser, "Date of the review", "15/01/2029");
            browser.tick("Service delivery", "6 - very good")
                    .tick("Service development", "2 - good / meets contract")
                    .tick("Leadership and management", "2 - good / meets contract")
                    .tick("Research and innovation", "2 - good / meets contract")
                    .tick("Teaching and training", "0 - not demonstrated");
            // S30 16(ii): the ratings the committee agreed, not one member's alone
            browser.type("Awards-committee members who agreed these ratings (user ids, comma-separated)",
                    "committee.kim, committee.chris");
            browser.screenshot(SCREENSHOTS.resolve("it-lcea-review-score-filled.png"));
            complete(browser, wait);
        }

        assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(variable(pi, "reviewScore")).isEqualTo(12);
        assertThat(variable(pi, "newLevel")).isEqualTo(2);
        assertThat(variable(pi, "nextReviewDate")).isEqualTo("2032-01-15");
        assertThat(variable(pi, "committeeMembers")).isEqualTo("committee.kim,committee.chris");
        // S30 8(i): the outcome is offered for appeal before the next wait
        assertThat(processEngine.getRuntimeService().getActiveActivityIds(pi.getId())).contains("UserTask_AppealReview");
    }

    @Test
    @DisplayName("S30 16(ii): a rating of 7 completed through the REST API is refused naming serviceDeliveryRating; the task stays open")
    void ratingOutsideTheScaleRefusedThroughRest() {
        ProcessInstance pi = startReviewViaRest("C-019", 4, "2018-03-01");
        Task task = fireTimerToRatingTask(pi);

        HttpResponse<String> completed = post("/engine-rest/task/" + task.getId() + "/complete", "committee.kim",
                "application/json", """
                        {"variables": {
                          "reviewDate": {"value": "2023-03-15"},
                          "serviceDeliveryRating": {"value": "7"},
                          "serviceDevelopmentRating": {"value": "6"},
                          "leadershipRating": {"value": "6"},
                          "researchRating": {"value": "6"},
                          "teachingRating": {"value": "6"},
                          "excludedAbsenceDays": {"value": 0, "type": "Integer"}}}""");

        assertThat(completed.statusCode()).as(completed.body()).isBetween(400, 599);
        assertThat(completed.body()).contains("serviceDeliveryRating");
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(variable(pi, "newLevel")).isNull();
    }

    @Test
    @DisplayName("CONTRACT §4: a start without currentLevel is refused naming it, and leaves no instance")
    void startWithoutCurrentLevelRefused() {
        HttpResponse<String> started = post("/engine-rest/process-definition/key/" + KEY + "/start", "staffing.sara",
                "application/json", """
                        {"variables": {
                          "employeeId": {"value": "C-020"},
                          "lastAwardPointDate": {"value": "2014-04-01"}}}""");

        assertThat(started.statusCode()).as(started.body()).isBetween(400, 599);
        assertThat(started.body()).contains("currentLevel");
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey("C-020").count()).isZero();
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey("C-020").count()).isZero();
    }

    /** Tasklist shows a group task's form read-only until the user claims it. */
    private static void claim(TasklistBrowser browser, WebDriverWait wait) {
        By claim = By.xpath("//*[contains(@class,'task-details') or contains(@class,'task-card') or self::body]"
                + "//a[normalize-space()='Claim'] | //button[normalize-space()='Claim']");
        wait.until(ExpectedConditions.elementToBeClickable(claim)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//a[normalize-space()='Claim']")));
        wait.until(d -> !d.findElements(By.cssSelector(".fjs-container input:not([disabled])")).isEmpty());
    }

    /** The Complete button of a long form sits under Tasklist's footer: scrolled to the middle first. */
    private static void complete(TasklistBrowser browser, WebDriverWait wait) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Complete']")));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    /** form-js renders a date as a text input with a picker; typed in the placeholder's format, confirmed by Enter. */
    private static void typeDate(TasklistBrowser browser, String label, String date) {
        WebElement input = browser.field(label);
        input.click();
        input.sendKeys(date);
        input.sendKeys(Keys.ENTER);
        browser.driver().findElement(By.cssSelector(".fjs-container h1, .fjs-container .fjs-form-field-text")).click();
        // the picker shows the date as typed, dd/mm/yyyy (Tasklist's UK dates); the stored reviewDate is checked afterwards
        assertThat(input.getAttribute("value")).as("date typed into " + label).isNotBlank()
                .endsWith(date.substring(date.lastIndexOf('/')));
    }
}
