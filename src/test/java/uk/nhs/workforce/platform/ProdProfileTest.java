package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.nhs.workforce.Application;

/** Production hardening (CONTRACT §1): no demo users or data; the first administrator from the environment. */
class ProdProfileTest {

    @Test
    @DisplayName("prod refuses to start without APP_ADMIN_USER")
    void refusesWithoutAdminUser() {
        assertThatThrownBy(() -> new AdminAccountSettings("", "long-enough-password", true))
                .hasMessageContaining("APP_ADMIN_USER");
        assertThatThrownBy(() -> start("--app.admin.user=", "--app.admin.password="))
                .hasStackTraceContaining("APP_ADMIN_USER");
    }

    @Test
    @DisplayName("prod refuses a password shorter than 12 characters")
    void refusesShortPassword() {
        assertThatThrownBy(() -> new AdminAccountSettings("boss", "elevenchars", true))
                .hasMessageContaining("at least 12");
        assertThat(new AdminAccountSettings("boss", "twelve-chars", true).isConfigured()).isTrue();
    }

    @Test
    @DisplayName("without prod, no administrator at all is refused too: no open setup page")
    void noAdministratorAtAll() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--app.admin.user=", "--app.admin.password=",
                        "--spring.datasource.url=jdbc:h2:mem:noadmin;DB_CLOSE_DELAY=-1"))
                .hasStackTraceContaining("No administrator exists");
    }

    @Test
    @DisplayName("prod with an administrator from the environment starts without demo users or data")
    void startsWithAdministratorOnly() {
        try (ConfigurableApplicationContext app = start("--app.admin.user=chief.admin",
                "--app.admin.password=A-long-secret-1", "--app.demo.enabled=true")) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.checkPassword("chief.admin", "A-long-secret-1")).isTrue();
            assertThat(identity.createUserQuery().userId("admin").count()).isZero();
            assertThat(identity.createUserQuery().userId("hr.hughes").count()).isZero();
            Integer organisations = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("SELECT COUNT(*) FROM organisation", Integer.class);
            assertThat(organisations).isZero();
        }
    }

    @Test
    @DisplayName("prod sends Strict-Transport-Security and marks the web apps' session cookie Secure")
    void hstsAndSecureCookie() throws Exception {
        try (ConfigurableApplicationContext app = start("--app.admin.user=chief.admin",
                "--app.admin.password=A-long-secret-1")) {
            int port = ((org.springframework.boot.web.context.WebServerApplicationContext) app).getWebServer().getPort();
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            var health = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(health.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    v -> assertThat(v).contains("max-age="));
            var login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                            + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=chief.admin&password=A-long-secret-1"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                    .isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure"));
        }
    }

    @Test
    @DisplayName("prod refuses an administrator password that fails the password policy")
    void refusesWeakAdministratorPassword() {
        assertThatThrownBy(() -> start("--app.admin.user=chief.admin", "--app.admin.password=alllowercase-long"))
                .hasStackTraceContaining("password policy");
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--spring.datasource.url=jdbc:h2:mem:prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        return new SpringApplicationBuilder(Application.class).profiles("test", "prod").run(all);
    }
}
