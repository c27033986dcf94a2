package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import uk.nhs.workforce.testsupport.HttpTest;
import uk.nhs.workforce.testsupport.TasklistBrowser;

/**
 * Organisations as tenants in Tasklist (CONTRACT §2a): with the demo's two employers, each reviewing an
 * Existing LCEA (S30 15-16), the second employer's committee member (committee.will, Westmoor) sees only
 * Westmoor's review task, and the first employer's (committee.kim, Northbridge) only Northbridge's.
 */
@TestPropertySource(properties = "app.demo.enabled=true")
class TenantTasklistBrowserIT extends HttpTest {

    private static final String KEY = "existing-lcea-review";
    private static final Path SHOTS = Path.of("target", "screenshots", "tenants");

    @AfterEach
    void cleanUp() {
        processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).list()
                .forEach(pi -> processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "test cleanup", true, true));
    }

    private Task reviewTask(String employeeId) {
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(KEY,
                Map.of("employeeId", employeeId, "currentLevel", 3, "lastAwardPointDate", "2017-04-01"));
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        processEngine.getManagementService().executeJob(timer.getId());
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    @Test
    @DisplayName("S30 15-16: Westmoor's committee member sees only Westmoor's review in Tasklist; Northbridge's only Northbridge's")
    void eachEmployersCommitteeSeesOnlyItsOwnReview() {
        Task northbridge = reviewTask("C-018"); // Dr Rosa Alvarez, TR-NBH
        Task westmoor = reviewTask("C-042");    // Dr Nia Owens, TR-WES
        assertThat(northbridge.getTenantId()).isEqualTo("TR-NBH");
        assertThat(westmoor.getTenantId()).isEqualTo("TR-WES");

        get("/camunda/app/tasklist/default/", null); // the web app's first page is slow to serve once
        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            browser.login("committee.will", "committee.will").selectFilter("My group tasks");
            browser.awaitTask(westmoor.getName());
            browser.screenshot(SHOTS.resolve("01-westmoor-committee.png"));
            assertThat(browser.visibleTaskNames()).hasSize(1);
            browser.openTask(westmoor.getName());
            assertThat(browser.formText()).contains("Dr Nia Owens").doesNotContain("Rosa Alvarez");

            browser.login("committee.kim", "committee.kim").selectFilter("My group tasks");
            browser.awaitTask(northbridge.getName());
            assertThat(browser.visibleTaskNames()).hasSize(1);
            browser.openTask(northbridge.getName());
            assertThat(browser.formText()).contains("Dr Rosa Alvarez").doesNotContain("Nia Owens");
            browser.screenshot(SHOTS.resolve("02-northbridge-committee.png"));
        }
    }
}
