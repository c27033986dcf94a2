package uk.nhs.workforce.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from {@code APP_ADMIN_USER} / {@code APP_ADMIN_PASSWORD}. Where it is
 * required (profile {@code prod}) the application refuses to start without it or with a password
 * shorter than {@value #MIN_PASSWORD_LENGTH} characters.
 */
@ConfigurationProperties(prefix = "app.admin")
public record AdminAccountSettings(String user, String password, boolean required) {

    public static final int MIN_PASSWORD_LENGTH = 12;

    public AdminAccountSettings {
        user = user == null ? "" : user.trim();
        password = password == null ? "" : password;
        if (required) {
            if (user.isEmpty()) {
                throw new IllegalStateException("APP_ADMIN_USER is not set: the prod profile needs the first administrator's user id");
            }
            if (password.length() < MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("APP_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
                        + " characters in the prod profile");
            }
        }
    }

    public boolean isConfigured() {
        return !user.isEmpty() && !password.isEmpty();
    }
}
