package uk.nhs.workforce.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.nhs.workforce.testsupport.TasklistBrowser;

/**
 * End to end in a real browser (issue 3): the whole application with the Northbridge demo rosters and
 * users; the engine brings a CL-NORTH appointment to shortlisting (national oversight's sign-off, the
 * consultation choosing the option, a lawful panel: the SHA Chief Executive, pooled at stage 2, is
 * represented by her nominated deputy; every member declares no conflict of interest), then Anne
 * Ashby, Chair of Ashford PCT and a panel member, logs into Tasklist, shortlists candidates by name
 * and completes the task, and the instance moves on to the interview. Screenshots go to target/screenshots/appointments/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo.enabled=true")
@ActiveProfiles("test")
class AppointmentTasklistBrowserIT {

    private static final Path SHOTS = Path.of("target", "screenshots", "appointments");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    private ProcessInstance instance;

    @AfterEach
    void removeInstance() {
        if (instance != null && engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance.getId()).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(instance.getId(), "browser test cleanup", true, true);
        }
    }

    @Test
    @DisplayName("G 25: a panel member shortlists in Tasklist by candidate name and the appointment moves on to the interview")
    void panelMemberShortlistsInTasklist() {
        instance = toShortlisting();
        Task shortlisting = currentTask();
        assertThat(engine.getTaskService().getIdentityLinksForTask(shortlisting.getId()))
                .anySatisfy(link -> assertThat(link.getUserId()).isEqualTo("chair.ash"))
                .noneSatisfy(link -> assertThat(link.getUserId()).isEqualTo("sha.ce"));

        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            browser.login("chair.ash", "chair.ash").selectFilter("Offered to me");
            browser.awaitTask("Shortlist candidates").openTask("Shortlist candidates");
            browser.screenshot(SHOTS.resolve("01-shortlist-opened.png"));

            String form = browser.formText();
            // what the panel reads: the stage's pool by name, post and organisation, never roster ids
            assertThat(form).contains("Chief Executive appointment", "CL-NORTH", "stage 1",
                    "Alice Ashworth – Chief Executive, Ashford PCT", "Chloe Carr – Chief Executive, Carrow Care Trust");
            assertThat(form).doesNotContain("E-ASH-CE", "{{");

            browser.claim()
                    .tick("Candidates to shortlist", "Alice Ashworth – Chief Executive, Ashford PCT")
                    .tick("Candidates to shortlist", "Chloe Carr – Chief Executive, Carrow Care Trust");
            browser.screenshot(SHOTS.resolve("02-shortlist-filled.png"));
            browser.complete();

            // the panel member sees the next task of the same appointment offered to them
            browser.selectFilter("My tasks").selectFilter("Offered to me");
            browser.awaitTask("Interview and record outcomes").openTask("Interview and record outcomes");
            assertThat(browser.formText()).contains("Alice Ashworth", "Chloe Carr").doesNotContain("Ben Belton");
            browser.screenshot(SHOTS.resolve("03-interview-offered.png"));
        }

        Task next = currentTask();
        assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_InterviewCe");
        assertThat(next.getName()).startsWith("Interview and record outcomes");
        assertThat(VariableValues.list(engine.getRuntimeService().getVariable(instance.getId(), "shortlistedCandidates")))
                .containsExactlyInAnyOrder("E-ASH-CE", "E-CAR-CE");
    }

    /** The steps before the panel, through the engine as the SHA's HR team would do them in Tasklist. */
    private ProcessInstance toShortlisting() {
        TaskService tasks = engine.getTaskService();
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("cluster-executive-appointment",
                Map.of("clusterCode", "CL-NORTH", "poolingOption", "CLUSTER_FIRST",
                        "directorPosts", "FINANCE,COMMISSIONING,MEDICAL,NURSING"));
        tasks.complete(task(pi, "Task_SignOffConfiguration").getId(), Map.of("configurationDecision", "APPROVED",
                "notConsortiumFootprint", true));
        tasks.complete(task(pi, "Task_ConsultOnPooling").getId(), Map.of("pctViews", "The three PCTs support cluster first",
                "forumViews", "The Forum agrees", "agreedPoolingOption", "CLUSTER_FIRST"));
        for (Task t : tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ConsultAffectedStaff").list()) {
            tasks.complete(t.getId(), Map.of("staffConsulted", true, "unionsConsulted", true));
        }
        Task panel = task(pi, "Task_NameCePanel");
        // the ids the panel form's selects carry, picked by the names the HR team reads
        tasks.complete(panel.getId(), Map.of(
                "assessorId", option(pi, "assessorOptions", "Simon Sykes"),
                "assessorIsNominatedDeputy", true,
                "furtherAssessorId", option(pi, "assessorOptions", "Wendy Ward"),
                "chairRepresentativeIds", Spin.JSON(List.of(option(pi, "chairOptions", "Anne Ashby"),
                        option(pi, "chairOptions", "Bernard Blake"), option(pi, "chairOptions", "Catherine Carver")))));
        List<Task> declarations = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_DeclareCeConflicts").list();
        assertThat(declarations).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("sha.ad1", "sha.ad2", "chair.ash", "chair.bel", "chair.car");
        declarations.forEach(t -> tasks.complete(t.getId(), Map.of("noConflictOfInterest", true)));
        assertThat(task(pi, "Task_ShortlistCe")).isNotNull();
        return pi;
    }

    private Task task(ProcessInstance pi, String key) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as("task %s", key).isNotNull();
        return task;
    }

    private Task currentTask() {
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private String option(ProcessInstance pi, String variable, String labelStart) {
        SpinJsonNode options = Spin.JSON(engine.getRuntimeService().getVariable(pi.getId(), variable).toString());
        return options.elements().stream().filter(o -> o.prop("label").stringValue().startsWith(labelStart))
                .map(o -> o.prop("value").stringValue()).findFirst()
                .orElseThrow(() -> new AssertionError(variable + " offers no " + labelStart + ": " + options));
    }
}
