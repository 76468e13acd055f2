package care.alliance.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium with explicit paths (Selenium Manager cannot download here). */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final Path userDataDir;

    Browser(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.userDataDir = Files.createTempDirectory("alliance-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String username, String password) {
        open("/login");
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(fragment));
    }

    /** Signs out from the shell's header and waits for the login page's notice. */
    void signOut() {
        open("/");
        waitFor(By.id("logout")).click();
        waitForUrlContaining("/login");
        waitForText(By.id("login-notice"), "You have signed out.");
    }

    /**
     * The element's text even when it is scrolled out of the app's scroll container (Selenium's getText
     * answers "" for those: it counts them as not displayed).
     */
    String textContent(String id) {
        return String.valueOf(script("return document.getElementById('" + id + "').textContent"));
    }

    List<String> menu() {
        waitFor(By.id("main-nav"));
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /** Scrolls the element to the middle of the window first: at an edge the app's own bars may cover it. */
    void click(By locator) {
        WebElement element = waitFor(locator);
        script(element, "arguments[0].scrollIntoView({block: 'center'})");
        element.click();
    }

    private void script(WebElement element, String javascript) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, element);
    }

    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** Runs a script in the page and returns its result, e.g. to read what a chart actually drew. */
    Object script(String javascript) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(userDataDir.toFile());
    }
}
