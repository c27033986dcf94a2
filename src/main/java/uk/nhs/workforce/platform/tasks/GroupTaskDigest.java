package uk.nhs.workforce.platform.tasks;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a day, each member of a group gets one email listing the group tasks created since the day
 * before that nobody has claimed yet: occasional users (the JLNC, the appeals panel) learn of their
 * work without watching Tasklist. Addresses come from the members' Camunda user profiles; off
 * unless mail is configured.
 */
@Configuration
@EnableScheduling
public class GroupTaskDigest {

    private static final Logger LOG = LoggerFactory.getLogger(GroupTaskDigest.class);
    private static final int MAX_TASKS = 1000;

    private final TaskService taskService;
    private final IdentityService identityService;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;
    private final TaskNotifications notifications;
    private final ZoneId zone = ZoneId.systemDefault();

    public GroupTaskDigest(TaskService taskService, IdentityService identityService, ObjectProvider<JavaMailSender> mailSender,
            NotificationSettings settings, TaskNotifications notifications) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.mailSender = mailSender;
        this.settings = settings;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${app.notifications.digest-cron:0 0 7 * * *}")
    public void daily() {
        if (mailSender.getIfAvailable() != null) {
            send(Date.from(notifications.now().toInstant().minus(Duration.ofDays(1))));
        }
    }

    /** Sends the digest of group tasks created after {@code since}; answers how many emails went out. */
    public int send(Date since) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        try {
            Map<String, List<TaskMail.Line>> perUser = new LinkedHashMap<>();
            Map<String, List<User>> members = new LinkedHashMap<>();
            List<Task> tasks = taskService.createTaskQuery().taskCreatedAfter(since).taskUnassigned().withCandidateGroups()
                    .orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
            for (Task task : tasks) {
                TaskMail.Line line = new TaskMail.Line(task.getName(), task.getDueDate(), settings.taskLink(task.getId()));
                for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                    if (link.getGroupId() == null || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
                        continue;
                    }
                    for (User user : members.computeIfAbsent(link.getGroupId(),
                            group -> identityService.createUserQuery().memberOfGroup(group).list())) {
                        if (user.getEmail() != null && !user.getEmail().isBlank()) {
                            List<TaskMail.Line> lines = perUser.computeIfAbsent(user.getEmail(), e -> new ArrayList<>());
                            if (!lines.contains(line)) {
                                lines.add(line);
                            }
                        }
                    }
                }
            }
            int sent = 0;
            for (Map.Entry<String, List<TaskMail.Line>> entry : perUser.entrySet()) {
                SimpleMailMessage message = notifications.message(entry.getKey(), TaskMail.digestSubject(entry.getValue().size()),
                        TaskMail.digestBody(entry.getValue(), zone));
                try {
                    sender.send(message);
                    sent++;
                } catch (RuntimeException e) {
                    LOG.warn("Could not send the daily task digest to {}: {}", entry.getKey(), e.getMessage());
                }
            }
            return sent;
        } catch (RuntimeException e) {
            LOG.warn("The daily task digest failed: {}", e.getMessage());
            return 0;
        }
    }
}
