package uk.nhs.workforce.platform.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Email notifications of tasks. Nothing is sent unless an SMTP server is configured
 * ({@code spring.mail.host}, with Spring Boot's other {@code spring.mail.*} settings).
 *
 * @param baseUrl    the address people open Tasklist at, for the link in each email
 * @param from       the sender address
 * @param digestCron when the daily digest of new group tasks goes out (Spring cron, server time)
 */
@ConfigurationProperties(prefix = "app.notifications")
public record NotificationSettings(String baseUrl, String from, String digestCron) {

    public NotificationSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "workforce-governance@localhost" : from;
        digestCron = digestCron == null || digestCron.isBlank() ? "0 0 7 * * *" : digestCron;
    }

    /** Tasklist's own address for one task. */
    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
