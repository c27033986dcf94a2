package uk.nhs.workforce.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist driven as a person would: log in, pick a filter, open a task, fill its Camunda Form
 * by the labels the person reads, complete it. Uses Debian's chromium and chromedriver (.ci/run
 * installs them); where they are missing the calling test is skipped, not passed.
 */
public final class TasklistBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final String baseUrl;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private TasklistBrowser(String baseUrl, WebDriver driver) {
        this.baseUrl = baseUrl;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static TasklistBrowser open(int port) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1100");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new TasklistBrowser("http://localhost:" + port, new ChromeDriver(service, options));
    }

    public TasklistBrowser login(String user, String password) {
        driver.get(baseUrl + "/camunda/app/tasklist/default/#/login");
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input#inputUsername, input[ng-model='username']")));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".filters, [cam-tasklist-filters]")));
        return this;
    }

    /** Opens the first task with this name in the task list (of the active filter). */
    public TasklistBrowser openTask(String taskName) {
        By item = By.xpath("//ol[contains(@class,'tasks-list')]//li[.//*[contains(@class,'names')]//*[normalize-space()='"
                + taskName + "']]//a[contains(@class,'clickable') or contains(@href,'task=')] | //ol[contains(@class,'tasks-list')]//li//*[normalize-space()='"
                + taskName + "']");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container, .fjs-form")));
        return this;
    }

    public TasklistBrowser selectFilter(String filterName) {
        By filter = By.xpath("//*[contains(@class,'filters')]//*[normalize-space()='" + filterName + "']");
        wait.until(ExpectedConditions.elementToBeClickable(filter)).click();
        return this;
    }

    /** A form field found by the label the user reads. */
    public WebElement field(String label) {
        By byLabel = By.xpath("//div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'" + label
                + "')]]//*[self::input or self::textarea or self::select]");
        return wait.until(ExpectedConditions.presenceOfElementLocated(byLabel));
    }

    public TasklistBrowser type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Chooses an option of a select (form-js renders its own dropdown, or a native select). */
    public TasklistBrowser choose(String label, String optionText) {
        WebElement input = field(label);
        if ("select".equals(input.getTagName())) {
            new Select(input).selectByVisibleText(optionText);
            return this;
        }
        WebElement fieldContainer = input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
        fieldContainer.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group, input")).click();
        By option = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + optionText + "']");
        wait.until(d -> !fieldContainer.findElements(option).isEmpty());
        fieldContainer.findElement(option).click();
        return this;
    }

    /** Ticks a radio option or checkbox by its text, within the field with this label. */
    public TasklistBrowser tick(String label, String optionText) {
        WebElement container = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'" + label + "')]]")));
        WebElement choice = container.findElement(By.xpath(".//label[normalize-space()='" + optionText + "']//input | .//label[normalize-space()='"
                + optionText + "']/preceding-sibling::input[1] | .//input[following-sibling::label[1][normalize-space()='" + optionText + "']]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", choice);
        return this;
    }

    public String formText() {
        return driver.findElement(By.cssSelector(".fjs-container, .fjs-form")).getText();
    }

    public TasklistBrowser complete() {
        By button = By.xpath("//button[normalize-space()='Complete']");
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
        return this;
    }

    public List<String> visibleTaskNames() {
        return driver.findElements(By.cssSelector(".tasks-list li .names h4, .tasks-list li .task-name, .tasks-list li h4"))
                .stream().map(WebElement::getText).toList();
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
