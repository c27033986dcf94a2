package uk.nhs.workforce.platform.tasks;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Tells a named person by email that a task has been created for them (its assignee or a candidate
 * user: an appointment panel member, a consultant, a committee member named on the task), with the
 * task's name, whose case it is, its due date and a link to it in Tasklist.
 *
 * <p>Off unless Spring Boot has a mail sender ({@code spring.mail.host}). The recipients' addresses
 * come from their Camunda user profiles, read while the task is created; the emails are sent only
 * after the transaction that created the task has committed, on a thread of their own, and a mail
 * failure is logged, never passed to the task.
 */
@Component
@EnableConfigurationProperties(NotificationSettings.class)
public class TaskNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(TaskNotifications.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;
    private final ZoneId zone = ZoneId.systemDefault();
    private final ExecutorService sending = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "task-notifications");
        thread.setDaemon(true);
        return thread;
    });

    public TaskNotifications(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    /** The create listener for tasks of this process (the process names whose case it is). */
    TaskListener onCreate(String processKey) {
        return task -> taskCreated(processKey, task);
    }

    void taskCreated(String processKey, DelegateTask task) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            Set<String> userIds = new LinkedHashSet<>();
            if (task.getAssignee() != null) {
                userIds.add(task.getAssignee());
            }
            for (IdentityLink link : task.getCandidates()) {
                if (link.getUserId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    userIds.add(link.getUserId());
                }
            }
            if (userIds.isEmpty()) {
                return;
            }
            String caseSubject = TaskSubject.subject(processKey, task::getVariable);
            String subjectLine = TaskMail.subjectLine(task.getName());
            String body = TaskMail.body(task.getName(), caseSubject, task.getDueDate(), settings.taskLink(task.getId()), zone);
            List<SimpleMailMessage> messages = new ArrayList<>();
            CommandContext commandContext = Context.getCommandContext();
            // the person who completed the previous step may not read other users' profiles
            commandContext.runWithoutAuthorization(() -> {
                for (String userId : userIds) {
                    User user = commandContext.getReadOnlyIdentityProvider().findUserById(userId);
                    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
                        messages.add(message(user.getEmail(), subjectLine, body));
                    }
                }
                return null;
            });
            if (!messages.isEmpty()) {
                commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                        committed -> sending.execute(() -> send(sender, messages)));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not prepare the email for task {} ({}): {}", task.getId(), task.getName(), e.getMessage());
        }
    }

    SimpleMailMessage message(String to, String subjectLine, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject(subjectLine);
        message.setText(body);
        return message;
    }

    void send(JavaMailSender sender, List<SimpleMailMessage> messages) {
        for (SimpleMailMessage message : messages) {
            try {
                sender.send(message);
            } catch (RuntimeException e) {
                LOG.warn("Could not send the email '{}' to {}: {}", message.getSubject(), String.join(",", message.getTo()), e.getMessage());
            }
        }
    }

    Date now() {
        return new Date();
    }

    @PreDestroy
    void stop() {
        sending.shutdown();
    }
}
