package uk.nhs.workforce.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda 7.24 Tasklist driven as a person would: log in, pick a filter, open a task, claim it, fill
 * its Camunda Form (form-js) by the labels the person reads, complete it; or start a process from
 * "Start process" with its start form. Uses Debian's chromium and chromedriver (.ci/run installs
 * them); where they are missing the calling test is skipped, not passed.
 *
 * <p>Selectors are the ones of the Tasklist and form-js markup actually served by 7.24 (checked
 * against the running app): filters are {@code .task-filter h4.name a}, tasks
 * {@code ol.tasks-list li.task h4.task a}, the open task's title {@code .task-details h2.task}, a
 * candidate or group task's form stays disabled until {@code button.claim} is pressed.
 */
public final class TasklistBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final By FORM = By.cssSelector(".fjs-container .fjs-form");
    private static final By TASK_TITLE = By.cssSelector(".task-details h2.task");
    private static final By ERROR_NOTIFICATION = By.cssSelector(".page-notifications .notification.danger,"
            + " .page-notifications .alert-danger, .page-notifications .notification.error");

    private final String baseUrl;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private TasklistBrowser(String baseUrl, WebDriver driver) {
        this.baseUrl = baseUrl;
        this.driver = driver;
        // Angular re-renders the list and the form while we look at them
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A headless browser on the app at this port; tall enough that a whole form fits a screenshot. */
    public static TasklistBrowser open(int port) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1800", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new TasklistBrowser("http://localhost:" + port, new ChromeDriver(service, options));
    }

    /**
     * Logs in on Tasklist's own login page. On a busy machine the page can take a while to become an
     * Angular form (text typed before that is lost), so a login that does not land is tried once more.
     */
    public TasklistBrowser login(String user, String password) {
        driver.manage().deleteAllCookies();
        for (int attempt = 1; ; attempt++) {
            WebElement username = loginForm();
            WebElement passwordField = driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']"));
            username.clear();
            username.sendKeys(user);
            passwordField.clear();
            passwordField.sendKeys(password);
            wait.until(d -> user.equals(username.getDomProperty("value")));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[name='signinForm'] button[type='submit']"))).click();
            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
                return this;
            } catch (TimeoutException e) {
                if (attempt == 2) {
                    throw new IllegalStateException("Login as " + user + " did not reach the task list: " + notifications(), e);
                }
            }
        }
    }

    /**
     * Loads Tasklist until its login form shows. On a busy machine the web app's module loader can give
     * up on a slow script ("Load timeout for modules") and leave a blank page: that page is loaded again.
     */
    private WebElement loginForm() {
        By usernameField = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
        for (int load = 1; ; load++) {
            driver.get(baseUrl + "/camunda/app/tasklist/default/");
            driver.navigate().refresh();
            try {
                // the first load of the web app's scripts is slow on a busy machine
                return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(usernameField));
            } catch (TimeoutException e) {
                if (load == 3) {
                    throw e;
                }
            }
        }
    }

    /** Opens a task by its id within the running Tasklist (no page load), and waits for its form. */
    public TasklistBrowser openTaskById(String taskId) {
        ((JavascriptExecutor) driver).executeScript("window.location.hash = arguments[0];", "#/?task=" + taskId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-container .fjs-form")));
        return this;
    }

    /** Logs out through the user menu's own route, so the next login starts a fresh session. */
    public TasklistBrowser logout() {
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/logout");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        return this;
    }

    /** Focuses a filter by the name shown in the left column (e.g. "My group tasks", "Offered to me"). */
    public TasklistBrowser selectFilter(String filterName) {
        By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a[starts-with(normalize-space(),"
                + literal(filterName) + ")]]");
        wait.until(ExpectedConditions.elementToBeClickable(filter)).click();
        wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
        return this;
    }

    /**
     * Opens the first task with this name in the active filter's list and waits for its form. A task
     * named after its subject ("Score the application: Dr Amelia Hart") is found by its first part too.
     */
    public TasklistBrowser openTask(String taskName) {
        By item = By.xpath("//ol[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4[contains(@class,'task')]/a[normalize-space()="
                + literal(taskName) + " or starts-with(normalize-space()," + literal(taskName + ": ") + ")]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(TASK_TITLE, taskName));
        wait.until(ExpectedConditions.visibilityOfElementLocated(FORM));
        return this;
    }

    /** Claims the open task if nobody has it yet: Tasklist keeps the form read-only until then. */
    public TasklistBrowser claim() {
        List<WebElement> claim = driver.findElements(By.cssSelector(".task-details button.claim"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details button.claim")));
        }
        wait.until(d -> d.findElements(By.cssSelector(".task-details .disabled-form")).isEmpty());
        return this;
    }

    /** Opens "Start process", picks the process by its name and waits for its start form. */
    public TasklistBrowser startProcess(String processName) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Start process']"))).click();
        By entry = By.xpath("//div[contains(@class,'modal')]//a[normalize-space()=" + literal(processName) + "]");
        wait.until(ExpectedConditions.elementToBeClickable(entry)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal " + ".fjs-container .fjs-form")));
        return this;
    }

    /** Submits the start form ("Start" in the dialog) and waits for the dialog to close. */
    public TasklistBrowser submitStart() {
        By start = By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='Start']");
        wait.until(ExpectedConditions.elementToBeClickable(start)).click();
        awaitOutcome(By.cssSelector(".modal .fjs-container"));
        return this;
    }

    /** The field container (form-js {@code .fjs-form-field}) whose label starts with this text. */
    public WebElement fieldContainer(String label) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(concat(' ',normalize-space(@class),' '),' fjs-form-field ')]"
                        + "[not(contains(concat(' ',normalize-space(@class),' '),' fjs-form-field-text '))][.//label[starts-with(normalize-space(),"
                        + literal(label) + ")]]")));
    }

    /** The input, textarea or select of the field with this label. */
    public WebElement field(String label) {
        return fieldContainer(label).findElement(By.xpath(".//*[self::input or self::textarea or self::select]"));
    }

    public TasklistBrowser type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Chooses an option of a select, by the text the user reads (form-js's own dropdown, or a native select). */
    public TasklistBrowser choose(String label, String optionText) {
        WebElement container = fieldContainer(label);
        List<WebElement> nativeSelect = container.findElements(By.tagName("select"));
        if (!nativeSelect.isEmpty()) {
            new Select(nativeSelect.get(0)).selectByVisibleText(optionText);
            return this;
        }
        container.findElement(By.cssSelector(".fjs-input-group")).click();
        By option = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + literal(optionText) + "]");
        wait.until(d -> !container.findElements(option).isEmpty());
        WebElement item = container.findElement(option);
        // form-js picks the item on mousedown, before a click would land
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(item).click().perform();
        return this;
    }

    /** The option texts a select or taglist offers (opened, read, closed again). */
    public List<String> options(String label) {
        WebElement container = fieldContainer(label);
        List<WebElement> nativeSelect = container.findElements(By.tagName("select"));
        if (!nativeSelect.isEmpty()) {
            return new Select(nativeSelect.get(0)).getOptions().stream().map(WebElement::getText).toList();
        }
        container.findElement(By.cssSelector(".fjs-input-group, .fjs-taglist")).click();
        By items = By.cssSelector(".fjs-dropdownlist-item");
        List<String> texts = container.findElements(items).stream().map(WebElement::getText).toList();
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
        return texts;
    }

    /** Adds a tag to a taglist field by its option text. */
    public TasklistBrowser addTag(String label, String optionText) {
        WebElement container = fieldContainer(label);
        WebElement input = container.findElement(By.cssSelector("input"));
        input.click();
        By option = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + literal(optionText) + "]");
        wait.until(d -> !container.findElements(option).isEmpty());
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(container.findElement(option)).click().perform();
        return this;
    }

    /** Ticks a checkbox field by its label, or one option of a checklist / radio group within the field with this label. */
    public TasklistBrowser tick(String label, String optionText) {
        WebElement container = fieldContainer(label);
        WebElement choice = container.findElement(By.xpath(".//label[normalize-space()=" + literal(optionText) + "]//input"
                + " | .//input[@id=//label[normalize-space()=" + literal(optionText) + "]/@for]"));
        if (!choice.isSelected()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", choice);
        }
        return this;
    }

    /** Ticks a single checkbox field by its own label. */
    public TasklistBrowser tick(String label) {
        return tick(label, fieldContainer(label).findElement(By.tagName("label")).getText().trim());
    }

    /**
     * Sets a date field (form-js datetime, subtype date) as a UK user types it, dd/mm/yyyy: Tasklist's
     * custom script (scripts/workforce/tasklist.js) gives form-js's picker British English dates.
     */
    public TasklistBrowser date(String label, java.time.LocalDate date) {
        WebElement input = field(label);
        input.click();
        input.sendKeys(date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        return this;
    }

    /** The visible text of the open form (templated text included), to assert what a person reads. */
    public String formText() {
        return driver.findElements(FORM).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new IllegalStateException("no form is shown")).getText();
    }

    /** The validation messages form-js shows next to fields. */
    public List<String> validationErrors() {
        return driver.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    /**
     * Presses Complete and waits until Tasklist has let go of the form. A refusal (form validation or
     * a server-side check) fails with what the user sees.
     */
    public TasklistBrowser complete() {
        By button = By.cssSelector(".task-details .form-actions button.btn-primary");
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(button));
        // a long form puts the button under Tasklist's footer: bring it into view first
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
        complete.click();
        awaitOutcome(By.cssSelector(".task-details .fjs-container"));
        return this;
    }

    /** Clicks Complete without waiting for success: for tests that expect a refusal. */
    public TasklistBrowser tryComplete() {
        driver.findElement(By.cssSelector(".task-details .form-actions button.btn-primary")).click();
        return this;
    }

    private void awaitOutcome(By formGone) {
        try {
            wait.until(d -> {
                if (!validationErrors().isEmpty()) {
                    throw new IllegalStateException("The form refused the input: " + validationErrors());
                }
                List<WebElement> errors = d.findElements(ERROR_NOTIFICATION);
                if (!errors.isEmpty() && errors.get(0).isDisplayed()) {
                    throw new IllegalStateException("Tasklist reported: " + errors.get(0).getText());
                }
                return d.findElements(formGone).stream().noneMatch(WebElement::isDisplayed);
            });
        } catch (TimeoutException e) {
            throw new IllegalStateException("The form was not accepted within 30 s; page shows: " + notifications(), e);
        }
    }

    /** Texts of Tasklist's notifications (success and failure). */
    public String notifications() {
        return driver.findElements(By.cssSelector(".page-notifications")).stream().map(WebElement::getText)
                .reduce("", String::concat);
    }

    /** Waits until the active filter's list shows a task with this name, or named after its subject (the list loads after the filter). */
    public TasklistBrowser awaitTask(String taskName) {
        wait.until(d -> visibleTaskNames().stream().anyMatch(n -> n.equals(taskName) || n.startsWith(taskName + ": ")));
        return this;
    }

    public List<String> visibleTaskNames() {
        return driver.findElements(By.cssSelector("ol.tasks-list li.task h4.task a"))
                .stream().map(WebElement::getText).map(String::trim).toList();
    }

    /** Opens a page of the web apps (path from the server root, e.g. /camunda/app/cockpit/default/). */
    public TasklistBrowser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiter() {
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** An XPath string literal for any text (labels contain apostrophes: "Candidate's name"). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}
