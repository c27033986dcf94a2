package uk.nhs.workforce.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.nhs.workforce.testsupport.TasklistBrowser;

/**
 * A PCT board secretary chooses the governance model for the demo cluster CL-SOUTH in Tasklist, as a person
 * would: the form shows the boards as they stand (PCT-FEN below the five non-executives of A 3.3), and completing
 * it moves the instance on to the secretaries' composition task with a drafted composition.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo.enabled=true")
@ActiveProfiles("test")
class NedTasklistBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    private ProcessInstance instance;

    @AfterEach
    void removeInstance() {
        if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            runtimeService.deleteProcessInstance(instance.getId(), "browser test cleanup", true, true);
        }
    }

    @Test
    @DisplayName("A 2.2, 4.1-4.7, 3.5, 5.4: secretary.sam records Model 2 for CL-SOUTH in Tasklist (the breach of A 3.3 at PCT-FEN shown first); the Appointments Commission appoints in Tasklist and every board is lawful")
    void secretaryChoosesTheGovernanceModel() {
        instance = runtimeService.startProcessInstanceByKey("ned-rationalisation", Map.of("clusterCode", "CL-SOUTH"));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_ChooseGovernanceModel");

        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(Long.getLong("tasklist.wait.seconds", 30)));
            login(browser, "secretary.sam");

            // a candidate-group task: found under "My group tasks", claimed, then filled in
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'filter')]//*[starts-with(normalize-space(),'My group tasks')]"))).click();
            browser.openTask("Choose the governance model");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "Fenwick PCT"));
            String shown = browser.formText();
            assertThat(shown).contains("cluster CL-SOUTH", "Easton PCT (PCT-EAS)", "Fenwick PCT (PCT-FEN)",
                    "PCT-FEN has 4 non-executives; at least 5 are required (A 3.3)")
                    .doesNotContain("{{", "[{");
            browser.screenshot(Path.of("target/screenshots/ned-governance-model.png"));

            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Claim'] | //button[normalize-space()='Claim']"))).click();
            wait.until(d -> "secretary.sam".equals(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getAssignee()));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//a[normalize-space()='Claim']")));
            // claiming re-renders the form; fill in the enabled one, not the read-only one it replaces
            wait.until(d -> browser.field("Rationale").isEnabled());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "Fenwick PCT"));
            browser.tick("Governance model agreed by the PCT boards", "Model 2: one chair and one set of NEDs on every board (A 4.5)");
            browser.tick("Local factors that drove the choice", "The number of constituent PCTs");
            browser.type("Rationale", "Two PCTs of similar size: one board mirrors the single executive team.");
            browser.screenshot(Path.of("target/screenshots/ned-governance-model-filled.png"));
            Object diagnosis = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "var s=angular.element(document.querySelector('button[ng-click=\"complete()\"]')).scope();"
                    + "return JSON.stringify({invalid:s.$invalid, removed:s.taskRemoved, disabled:s.options && s.options.disableCompleteButton,"
                    + " radios:Array.from(document.querySelectorAll('input[type=radio]')).map(r=>r.checked), text:(document.querySelector('textarea')||{}).value});");
            System.out.println("TASKLIST STATE " + diagnosis);
            browser.complete();
        }

        Task next = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_AdjustComposition");
        assertThat(runtimeService.getVariable(instance.getId(), "governanceModel")).isEqualTo("MODEL_2");
        assertThat(runtimeService.getVariable(instance.getId(), "governanceModelName").toString()).startsWith("Model 2");
        assertThat(runtimeService.getVariable(instance.getId(), "modelRationale").toString()).contains("single executive team");
        assertThat(runtimeService.getVariable(instance.getId(), "localFactors").toString()).contains("NUMBER_OF_PCTS");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ChooseGovernanceModel").finished().singleResult().getAssignee())
                .isEqualTo("secretary.sam");
        // Model 2 drafts one chair and one set of non-executives for both boards, which is lawful
        assertThat(runtimeService.getVariable(instance.getId(), "statutoryLawful")).isEqualTo(true);
        assertThat(List.of(runtimeService.getVariable(instance.getId(), "statutoryCheck").toString())).containsExactly("[]");

        // the drafted Model 2 composition, the SHA's approval, the Commission's agreement of the structure, the
        // selection and the office holders' discussions (each tested in the process tests) ...
        completeByApi("Task_AdjustComposition", Map.of("appointments", runtimeService.getVariable(instance.getId(), "appointments").toString(),
                "compositionReviewed", true));
        Map<String, Object> sha = new java.util.HashMap<>();
        NedTaskChecks.PRINCIPLES.forEach(p -> sha.put(p, true));
        sha.put("shaDecision", "APPROVED");
        completeByApi("Task_ShaAssessment", sha);
        completeByApi("Task_CommissionAgreement", Map.of("commissionDecision", "AGREED"));
        completeByApi("Task_RecordSelection", Map.of("selections", filled("selections", Map.of("method", "PAPER_ASSESSMENT", "outcome", "APPOINTED"))));
        completeByApi("Task_DiscussOfficeHolders", Map.of("officeHolders", filled("officeHolders", Map.of("discussion", "agreed to stand down", "outcome", "RESIGNATION"))));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_CommissionAppoints");

        // ... then the Appointments Commission appoints, person by person, in Tasklist (A 3.5, 5.4)
        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(Long.getLong("tasklist.wait.seconds", 30)));
            login(browser, "commission.cole");
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'filter')]//*[starts-with(normalize-space(),'My group tasks')]"))).click();
            browser.openTask("Appointments Commission appoints and decides terminations");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "Proposed appointments"));
            browser.claim();
            wait.until(d -> !decisionFields(d).isEmpty() && decisionFields(d).get(0).findElements(By.cssSelector(".fjs-input-group")).size() > 0);
            assertThat(browser.formText()).contains("Fenwick PCT", "nothing is written to the board roster").doesNotContain("{{");
            int rows = decisionFields(driver).size();
            for (int i = 0; i < rows; i++) {
                WebElement field = decisionFields(driver).get(i);
                field.findElement(By.cssSelector(".fjs-input-group")).click();
                By appoint = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Appoint']");
                wait.until(d -> !field.findElements(appoint).isEmpty());
                new org.openqa.selenium.interactions.Actions(driver).moveToElement(field.findElement(appoint)).click().perform();
            }
            browser.screenshot(Path.of("target/screenshots/ned-commission-appoints.png"));
            List<WebElement> save = driver.findElements(By.xpath("//*[contains(@class,'form-actions')]//button[normalize-space()='Save']"));
            if (!save.isEmpty()) {
                // the Save button's tooltip can cover it: press it as a script would
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", save.get(0));
                // the "saved" notice sits over the buttons for a moment
                wait.until(d -> d.findElements(By.cssSelector(".page-notifications .alert")).stream().noneMatch(WebElement::isDisplayed));
            }
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});",
                    driver.findElement(By.cssSelector(".task-details .form-actions button.btn-primary")));
            browser.complete();
        }
        Task scheme = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(scheme.getTaskDefinitionKey()).isEqualTo("Task_SchemeOfDelegation");
        // the appointments the Commission made stand on the roster, and every board is lawful (A 3.3)
        assertThat(runtimeService.getVariable(instance.getId(), "statutoryCheck").toString()).isEqualTo("[]");
    }

    /**
     * On a heavily loaded machine Tasklist's scripts can miss RequireJS's load timeout on a first visit and the
     * page never shows its login form; a fresh visit (scripts now cached) does.
     */
    private static void login(TasklistBrowser browser, String user) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.login(user, user);
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static List<WebElement> decisionFields(WebDriver driver) {
        return driver.findElements(By.xpath("//div[contains(concat(' ',normalize-space(@class),' '),' fjs-form-field ')]"
                + "[.//label[starts-with(normalize-space(),'Decision (required)')]][not(.//div[contains(concat(' ',normalize-space(@class),' '),' fjs-form-field ')])]"))
                .stream().filter(WebElement::isDisplayed).toList();
    }

    private void completeByApi(String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        taskService.complete(task.getId(), variables);
    }

    private String filled(String variable, Map<String, Object> values) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            List<Map<String, Object>> rows = json.readValue(runtimeService.getVariable(instance.getId(), variable).toString(),
                    json.getTypeFactory().constructCollectionType(List.class, Map.class));
            rows.forEach(r -> r.putAll(values));
            return json.writeValueAsString(rows);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
