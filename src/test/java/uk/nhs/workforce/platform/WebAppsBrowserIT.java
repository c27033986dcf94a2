package uk.nhs.workforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import uk.nhs.workforce.testsupport.TasklistBrowser;

/** A newcomer logs in to Tasklist, Cockpit and Admin as the demo users (issue 2, "done when"). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo.enabled=true")
@ActiveProfiles("test")
class WebAppsBrowserIT {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("admin reaches Cockpit's processes and Admin's users; a group member sees the shared Tasklist filters")
    void demoUsersLogIn() {
        try (TasklistBrowser browser = TasklistBrowser.open(port)) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

            logIn(driver, wait, "cockpit", "admin");
            driver.get(base() + "/camunda/app/cockpit/default/#/processes");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "cluster-executive-appointment"));
            assertThat(driver.findElement(By.tagName("body")).getText())
                    .contains("ned-rationalisation", "lcea-annual-round", "existing-lcea-review");
            browser.screenshot(Path.of("target/screenshots/cockpit-processes.png"));

            driver.get(base() + "/camunda/app/admin/default/#/users");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "hr.hughes"));
            browser.screenshot(Path.of("target/screenshots/admin-users.png"));
            logOut(driver);

            browser.login("hr.hughes", "hr.hughes");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "My group tasks"));
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("My tasks", "Offered to me");
            browser.screenshot(Path.of("target/screenshots/tasklist-hr.png"));

            // hr.hughes may not open Cockpit: only administrators have access to it
            driver.get(base() + "/camunda/app/cockpit/default/#/processes");
            wait.until(d -> d.findElement(By.tagName("body")).getText().length() > 0);
            assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("cluster-executive-appointment");
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void logIn(WebDriver driver, WebDriverWait wait, String app, String user) {
        driver.get(base() + "/camunda/app/" + app + "/default/#/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
        driver.findElement(By.cssSelector("input#inputUsername, input[ng-model='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[type='password']")).sendKeys(user);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
    }

    private void logOut(WebDriver driver) {
        driver.manage().deleteAllCookies();
    }
}
