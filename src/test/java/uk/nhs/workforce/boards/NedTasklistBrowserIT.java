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
    @DisplayName("A 2.2, 4.1-4.7: secretary.sam records Model 2 for CL-SOUTH in Tasklist; the breach of A 3.3 at PCT-FEN is shown first")
    void secretaryChoosesTheGovernanceModel() {
        instance = runtimeService.startProcessInstanceByKey("ned-rationalisation", Map.of("clusterCode", "CL-SOUTH"));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_ChooseGovernanceModel");

        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            browser.login("secretary.sam", "secretary.sam");

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
    }
}
