// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.caseload.web.DemoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The base of every browser test: a demo server on a free port and Debian's chromium driven
 * through its chromedriver, headless. {@link #visit} loads a page and checks it as every page is
 * checked: axe-core finds no WCAG 2.1 A or AA violation, the console has no error (a blocked inline
 * script or style is one), and a screenshot goes to target/screenshots/.
 *
 * <p>Without chromium the tests are skipped with a message, or fail when
 * {@code CASELOAD_REQUIRE_BROWSER=true} (as .ci/run sets). Selenium Manager never runs: the
 * driver's path is always given, so nothing is downloaded.
 */
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CASELOAD_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CASELOAD_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static DemoServer server;
    protected static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        requireBrowser();
        server = DemoServer.start();
        profile = Files.createTempDirectory("caseload-chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopServerAndBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String missing = "chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): install Debian's chromium and chromium-driver to run the browser tests";
        if ("true".equals(System.getenv("CASELOAD_REQUIRE_BROWSER"))) {
            fail(missing);
        }
        System.err.println("SKIPPED browser tests: " + missing);
        Assumptions.abort(missing);
    }

    /** Signs in as a demo user from the sign-in page, and checks the page it lands on. */
    protected static void signInAs(String userId) {
        browser.manage().deleteAllCookies();
        visit("/sign-in", "sign-in");
        browser.findElement(By.cssSelector("button[data-user='" + userId + "']")).click();
        waitFor(By.cssSelector("form[action='/sign-out']"));
    }

    /** Waits up to ten seconds for an element to be on the page (after a click that loads another). */
    protected static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Loads a path of the site and checks the page (axe-core, console, screenshot). */
    protected static void visit(String path, String screenshotName) {
        browser.get(server.uri(path).toString());
        checkPage(screenshotName);
    }

    /**
     * Checks the page the browser shows now: no WCAG 2.1 A or AA violation, no console error,
     * exactly one h1; saves a screenshot named after it.
     */
    protected static void checkPage(String screenshotName) {
        assertThat(browser.findElements(By.tagName("h1"))).as("h1 elements of %s", browser.getCurrentUrl())
                .hasSize(1);
        assertThat(axeViolations()).as("axe-core's WCAG 2.1 A and AA violations on %s", browser.getCurrentUrl())
                .isEmpty();
        assertThat(consoleErrors()).as("console errors on %s", browser.getCurrentUrl()).isEmpty();
        screenshot(screenshotName);
    }

    /** The violations axe-core finds on the current page, one line each. */
    @SuppressWarnings("unchecked")
    protected static List<String> axeViolations() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(axeSource());
        return (List<String>) script.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                        + " resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.map(function (v) {"
                        + "  return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');"
                        + "})); }, function (e) { done(['axe failed: ' + e]); });");
    }

    /** The console's errors since the last call. */
    protected static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves the page as target/screenshots/NAME.png. */
    protected static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name + " not saved: " + e.getMessage(), e);
        }
    }

    /** Sets the window's size, such as 375 x 812 for a phone. */
    protected static void windowSize(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Sets a field's value as a script does, past its maxlength and whatever the browser's date
     * input would accept from keys, so that the server's checks are what is tested.
     */
    protected static void setValue(String name, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field(name), value);
    }

    /** Clicks a button and waits for the page it loads to be ready. */
    protected static void submit(By button) {
        clickAndAwaitNextPage(browser.findElement(button));
    }

    /** Clicks and waits until another page has loaded: a mark on the old window is gone. */
    protected static void clickAndAwaitNextPage(WebElement control) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.caseloadOldPage = true;");
        control.click();
        // While the page is replaced the driver may answer with an error about the old document.
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript(
                        "return window.caseloadOldPage === undefined && document.readyState === 'complete';")));
    }

    /** The text of the page's main landmark. */
    protected static String mainText() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** The message shown beside a field, or "" when it has none. */
    protected static String messageBeside(String fieldName) {
        List<WebElement> field = browser.findElements(By.name(fieldName));
        if (field.isEmpty()) {
            return "";
        }
        String described = field.get(0).getAttribute("aria-describedby");
        if (described == null) {
            return "";
        }
        for (String id : described.split(" ")) {
            if (id.startsWith("error-")) {
                return browser.findElement(By.id(id)).getText();
            }
        }
        return "";
    }

    /** The id of the client the first search result for this text opens. */
    protected static String clientIdFound(String text) {
        browser.get(server.uri("/clients?q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)).toString());
        String href = browser.findElement(By.cssSelector(".results a")).getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** The field with this name in the current page's form. */
    protected static WebElement field(String name) {
        return browser.findElement(By.name(name));
    }

    private static String axeSource() {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/vendor/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path: the npm build did not run");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
