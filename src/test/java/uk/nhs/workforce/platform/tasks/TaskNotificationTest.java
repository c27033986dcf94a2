package uk.nhs.workforce.platform.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * Emails about tasks, received by an SMTP server inside the test (GreenMail): a panel member named as a
 * candidate user gets one at once; the members of a candidate group get one digest.
 */
@SpringBootTest
@ActiveProfiles("test")
class TaskNotificationTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("app.notifications.base-url", () -> "https://workforce.example.nhs.uk");
    }

    @Autowired
    ProcessEngine engine;

    @Autowired
    GroupTaskDigest digest;

    private Deployment deployment;

    @BeforeEach
    void deployAndCreateUsers() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("notification-check").camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("Gateway_Split")
                .userTask("Task_Shortlist").name("Shortlist candidates").camundaCandidateUsers("panel.member,no.email")
                .endEvent()
                .moveToNode("Gateway_Split")
                .userTask("Task_Agree").name("JLNC agreement or consultation").camundaCandidateGroups("notify-jlnc")
                .endEvent()
                .done();
        deployment = engine.getRepositoryService().createDeployment().addModelInstance("notification-check.bpmn", model).deploy();
        IdentityService identity = engine.getIdentityService();
        user(identity, "panel.member", "panel.member@example.nhs.uk");
        user(identity, "no.email", null);
        user(identity, "jlnc.one", "jlnc.one@example.nhs.uk");
        user(identity, "jlnc.two", "jlnc.two@example.nhs.uk");
        identity.saveGroup(identity.newGroup("notify-jlnc"));
        identity.createMembership("jlnc.one", "notify-jlnc");
        identity.createMembership("jlnc.two", "notify-jlnc");
    }

    @AfterEach
    void cleanUp() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        IdentityService identity = engine.getIdentityService();
        identity.deleteGroup("notify-jlnc");
        for (String id : List.of("panel.member", "no.email", "jlnc.one", "jlnc.two")) {
            identity.deleteUser(id);
        }
    }

    @Test
    @DisplayName("G 25: the panel member named on a task gets an email with its name, whose case, due date and link")
    void namedPersonIsEmailed() throws Exception {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("notification-check",
                Map.of("clusterCode", "CL-NORTH"));
        Task shortlist = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_Shortlist").singleResult();

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage email = received[0];
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("panel.member@example.nhs.uk");
        assertThat(email.getSubject()).isEqualTo("New task for you: Shortlist candidates: CL-NORTH");
        assertThat(GreenMailUtil.getBody(email))
                .contains("Task: Shortlist candidates: CL-NORTH")
                .contains("Whose case: CL-NORTH")
                .contains("Due: no due date")
                .contains("https://workforce.example.nhs.uk/camunda/app/tasklist/default/#/?task=" + shortlist.getId());
    }

    @Test
    @DisplayName("With the mail server down, the task is still created and the process goes on")
    void mailServerDownNeverBreaksATask() throws Exception {
        SMTP.stop();
        // the failures are logged as warnings for the administrator: collected here instead of the build log
        ch.qos.logback.classic.Logger notificationsLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(TaskNotifications.class);
        ch.qos.logback.classic.Logger digestLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(GroupTaskDigest.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> warnings =
                new ch.qos.logback.core.read.ListAppender<>();
        warnings.start();
        for (ch.qos.logback.classic.Logger log : List.of(notificationsLog, digestLog)) {
            log.setAdditive(false);
            log.addAppender(warnings);
        }
        try {
            ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("notification-check",
                    Map.of("clusterCode", "CL-NORTH"));
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
            assertThat(digest.send(Date.from(Instant.now().minus(1, ChronoUnit.HOURS)))).isZero();
            for (int i = 0; i < 100 && warnings.list.size() < 2; i++) {
                Thread.sleep(100);
            }
            assertThat(warnings.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                    .anyMatch(m -> m.startsWith("Could not send the email 'New task for you: Shortlist candidates: CL-NORTH'"))
                    .anyMatch(m -> m.startsWith("Could not send the daily task digest to jlnc.one@example.nhs.uk"));
        } finally {
            for (ch.qos.logback.classic.Logger log : List.of(notificationsLog, digestLog)) {
                log.detachAppender(warnings);
                log.setAdditive(true);
            }
        }
    }

    @Test
    @DisplayName("Group members get one daily digest of the new group tasks they can claim, each with its link")
    void groupMembersGetTheDailyDigest() throws Exception {
        Date since = Date.from(Instant.now().minus(1, ChronoUnit.HOURS));
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("notification-check",
                Map.of("clusterCode", "CL-SOUTH"));
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        SMTP.purgeEmailFromAllMailboxes();
        Task agree = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_Agree").singleResult();

        assertThat(digest.send(since)).isEqualTo(2);

        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("jlnc.one@example.nhs.uk", "jlnc.two@example.nhs.uk");
        assertThat(received[0].getSubject()).isEqualTo("1 new task your group can claim");
        assertThat(GreenMailUtil.getBody(received[0]))
                .contains("JLNC agreement or consultation: CL-SOUTH")
                .contains("/camunda/app/tasklist/default/#/?task=" + agree.getId())
                .doesNotContain("Shortlist candidates");

        // a claimed task is no longer offered in the next digest
        engine.getTaskService().claim(agree.getId(), "jlnc.one");
        assertThat(digest.send(since)).isZero();
    }

    private static void user(IdentityService identity, String id, String email) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Test");
        user.setEmail(email);
        user.setPassword("Kestrel-Lantern-42!");
        identity.saveUser(user);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
