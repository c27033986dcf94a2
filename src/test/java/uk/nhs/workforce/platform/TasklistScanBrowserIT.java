package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import uk.nhs.workforce.testsupport.HttpTest;
import uk.nhs.workforce.testsupport.TasklistBrowser;

/**
 * Tasklist as the people who use it scan it: the committee's list names whose review each task is and
 * when it is due, in dd/mm/yyyy; dates are typed dd/mm/yyyy; no Camunda 8 banner; a form with a list
 * completes without Save; start forms offer names to choose from, not codes to type.
 * Demo data: C-021 Dr Umar Farooq, C-022 Dr Vivian Cho, C-023 Dr William Price (TR-NBH, Existing LCEAs
 * at levels 6-8). The Spring context and its demo roster are shared with the other demo-data tests, so
 * the review completed here is put back afterwards and its instances and history removed.
 */
@TestPropertySource(properties = "app.demo.enabled=true")
class TasklistScanBrowserIT extends HttpTest {

    private static final Path SHOTS = Path.of("target/screenshots");

    private static final List<String> HOLDERS = List.of("C-021", "C-022", "C-023");

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Deployment listCheck;

    @AfterEach
    void cleanUp() {
        processEngine.getRuntimeService().createProcessInstanceQuery().list().forEach(pi ->
                processEngine.getRuntimeService().deleteProcessInstance(pi.getId(), "test cleanup", true, true));
        for (String holder : HOLDERS) {
            processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(holder).list()
                    .forEach(h -> processEngine.getHistoryService().deleteHistoricProcessInstance(h.getId()));
        }
        // the demo roster as it was: C-021 holds level 6 since 2016-10-01
        jdbc.update("DELETE FROM award_change WHERE employee_id = 'C-021'");
        jdbc.update("UPDATE consultant SET lcea_level = 6, lcea_last_point_date = DATE '2016-10-01' WHERE employee_id = 'C-021'");
        if (listCheck != null) {
            processEngine.getRepositoryService().deleteDeployment(listCheck.getId(), true);
        }
    }

    @Test
    @DisplayName("S30 16: the committee's list names the consultant of each review and its due date in dd/mm/yyyy; the review"
            + " date is typed dd/mm/yyyy; no end-of-life banner")
    void committeeScansTheirReviews() {
        Task umar = reviewTask("C-021", 6, "2016-10-01");
        reviewTask("C-022", 7, "2017-04-01");
        reviewTask("C-023", 8, "2016-04-01");

        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            browser.login("committee.kim", "committee.kim").selectFilter("My group tasks");
            browser.waiter().until(d -> browser.visibleTaskNames().stream().filter(n -> n.startsWith("Review Existing LCEA: ")).count() >= 3);
            List<String> names = browser.visibleTaskNames();
            browser.screenshot(SHOTS.resolve("tasklist-scan-committee.png"));
            // reviewDueDate: last point + 5 years, never before 1 April 2021 (S30 16, 18)
            assertThat(names).contains(
                    "Review Existing LCEA: Dr Umar Farooq, due 01/10/2021",
                    "Review Existing LCEA: Dr Vivian Cho, due 01/04/2022",
                    "Review Existing LCEA: Dr William Price, due 01/04/2021");

            String page = browser.driver().findElement(By.tagName("body")).getText();
            assertThat(page).doesNotContain("migrate to Camunda 8");
            assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                    .noneMatch(WebElement::isDisplayed);

            browser.openTaskById(umar.getId()).claim();
            // a claimed task leaves "My group tasks": Tasklist shows "My tasks", where it is opened again
            browser.selectFilter("My tasks").openTask("Review Existing LCEA").claim();
            WebElement date = browser.field("Date of the review");
            assertThat(date.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
            browser.date("Date of the review", LocalDate.of(2022, 1, 15))
                    .tick("Service delivery", "6 - very good")
                    .tick("Service development", "2 - good / meets contract")
                    .tick("Leadership and management", "2 - good / meets contract")
                    .tick("Research and innovation", "2 - good / meets contract")
                    .tick("Teaching and training", "0 - not demonstrated");
            // S30 16(ii): the ratings the committee agreed, not one member's alone
            browser.type("Awards-committee members who agreed these ratings (user ids, comma-separated)",
                    "committee.kim, committee.chris");
            browser.screenshot(SHOTS.resolve("tasklist-scan-review-filled.png"));
            browser.complete();
        }
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(umar.getProcessInstanceId()).variableName("reviewDate").singleResult().getValue())
                .isEqualTo("2022-01-15");
    }

    @Test
    @DisplayName("A 5.5: a form holding a list of rows completes without pressing Save first")
    void listFormCompletesWithoutSave() {
        String form = """
                {"type":"default","id":"list-check","schemaVersion":16,"executionPlatform":"Camunda Platform","executionPlatformVersion":"7.24.0",
                 "components":[{"type":"dynamiclist","path":"rows","label":"PCT boards","id":"List_1","isRepeating":true,
                   "allowAddRemove":false,"defaultRepetitions":0,"components":[
                     {"type":"textfield","key":"board","label":"PCT board","id":"Field_1","readonly":true},
                     {"type":"textarea","key":"note","label":"Functions delegated","id":"Field_2","validate":{"required":true}}]}]}""";
        BpmnModelInstance model = Bpmn.createExecutableProcess("list-check").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_List").name("Agree the list").camundaAssignee("secretary.sam").camundaFormRef("list-check").camundaFormRefBinding("latest")
                .endEvent().done();
        listCheck = processEngine.getRepositoryService().createDeployment().addModelInstance("list-check.bpmn", model)
                .addString("list-check.form", form).deploy();
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey("list-check", Map.of("rows",
                SpinValues.jsonValue("[{\"board\":\"Easton PCT\",\"note\":\"\"},{\"board\":\"Fenwick PCT\",\"note\":\"\"}]").create()));
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            browser.login("secretary.sam", "secretary.sam");
            browser.openTaskById(task.getId());
            browser.waiter().until(d -> d.findElements(By.cssSelector(".task-details .fjs-container textarea")).size() == 2);
            List<WebElement> notes = browser.driver().findElements(By.cssSelector(".task-details .fjs-container textarea"));
            notes.get(0).sendKeys("Commissioning");
            notes.get(1).sendKeys("Commissioning and contracting");
            browser.driver().findElement(By.cssSelector(".task-details .fjs-container h4, .task-details .fjs-container label")).click();
            browser.screenshot(SHOTS.resolve("tasklist-list-form-filled.png"));
            browser.complete();
        }
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("rows").singleResult().getValue().toString()).contains("Commissioning and contracting");
    }

    @Test
    @DisplayName("S30 15: the review's start form offers the award holders by name; the round's start form the employers")
    void startFormsOfferChoices() {
        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            browser.login("staffing.sara", "staffing.sara").startProcess("Existing LCEA review (S30 15-18)");
            List<String> holders = browser.options("Consultant");
            browser.screenshot(SHOTS.resolve("tasklist-start-review-choices.png"));
            // C-018's level is whatever the other demo-data tests left it at
            assertThat(holders).anyMatch(option -> option.startsWith("Dr Rosa Alvarez (C-018), Northbridge Hospitals NHS Trust, LCEA level "))
                    .noneMatch(option -> option.contains("C-001)"));
            // back to the dialog's list of processes, then the round's start form
            browser.driver().findElement(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='Back']")).click();
            browser.waiter().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='LCEA annual round']"))).click();
            browser.waiter().until(d -> browser.driver().findElements(By.xpath(
                    "//div[contains(@class,'modal')]//label[starts-with(normalize-space(),'Employer')]")).size() > 0);
            assertThat(browser.options("Employer")).contains("Northbridge Hospitals NHS Trust (TR-NBH)");
        }
    }

    private Task reviewTask(String employeeId, int level, String lastPoint) {
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey("existing-lcea-review", employeeId,
                Map.of("employeeId", employeeId, "currentLevel", level, "lastAwardPointDate", lastPoint));
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        processEngine.getManagementService().executeJob(timer.getId());
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }
}
