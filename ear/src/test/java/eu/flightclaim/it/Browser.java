package eu.flightclaim.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (both from apt, installed by .ci/run;
 * Selenium Manager never downloads anything), with helpers for the PrimeFaces widgets the console
 * uses and screenshots kept under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A browser test's start: skipped without Chromium, and waits for the deployed EAR to be ready. */
    static void assumeInstalledAndStackReady() {
        org.junit.jupiter.api.Assumptions.assumeTrue(installed(),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
    }

    /** Where {@link #open} goes: the test stack's server, unless a test gave another. */
    private final String base;

    Browser(int width, int height) {
        this(width, height, null);
    }

    /** A browser on the server at {@code base} (a cluster's instance). */
    Browser(int width, int height, String base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--no-first-run", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // axe-core over a page as long as Swagger UI with every operation open takes tens of seconds
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get((base == null ? IntegrationStack.httpBase() : base) + path);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String css, String value) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(value);
    }

    /** Sets a field's value as a script would (for text no keyboard types, like control characters). */
    void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Clicks and waits for the PrimeFaces ajax request it starts to finish. */
    void clickAjax(String css) {
        click(css);
        ajaxDone();
    }

    void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Chooses an option of a p:selectOneMenu by its label. */
    void choose(String menuId, String label) {
        click("[id='" + menuId + "']");
        click("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        ajaxDone();
    }

    /**
     * Waits until the address ends with this path, for a page that moves on by itself: meanwhile the old
     * document's elements vanish under the driver's feet, which it reports as errors to wait through.
     */
    void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.getCurrentUrl().endsWith(path));
    }

    /** Waits until the page (or an ajax update) shows this text somewhere. */
    void waitForText(String css, String fragment) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), fragment));
    }

    /** Presses keys on whatever has the focus, as a person at the keyboard would. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Whether the focused element matches {@code css}. */
    boolean focusIsOn(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var el = document.activeElement; return !!el && el !== document.body && el.matches(arguments[0]);", css));
    }

    /**
     * Presses Tab until the focus is on {@code css}, at most {@code most} times, and returns how many
     * presses it took. Every element the focus passes must show it: an outline of 2px or more on the
     * element or on the PrimeFaces widget it is the keyboard proxy of (WCAG 2.4.7, 2.4.11).
     */
    int tabTo(String css, int most) {
        return tab(css, most, false);
    }

    /** As {@link #tabTo}, backwards (Shift+Tab). */
    int tabBackTo(String css, int most) {
        return tab(css, most, true);
    }

    private int tab(String css, int most, boolean back) {
        List<String> passed = new java.util.ArrayList<>();
        for (int presses = 1; presses <= most; presses++) {
            var keys = new org.openqa.selenium.interactions.Actions(driver);
            if (back) {
                keys.keyDown(org.openqa.selenium.Keys.SHIFT).sendKeys(org.openqa.selenium.Keys.TAB)
                        .keyUp(org.openqa.selenium.Keys.SHIFT).perform();
            } else {
                keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            }
            String unseen = (String) ((JavascriptExecutor) driver).executeScript(FOCUS_UNSEEN);
            if (unseen != null) {
                throw new AssertionError("focus is not visible on " + unseen + " (on the way to " + css + ", after "
                        + passed + ")");
            }
            if (focusIsOn(css)) {
                return presses;
            }
            passed.add(String.valueOf(((JavascriptExecutor) driver).executeScript("return document.activeElement.id;")));
        }
        throw new AssertionError(css + " not reached in " + most + " presses of Tab (passed " + passed + "); focus is on "
                + focused());
    }

    /** What has the focus, for a message. */
    String focused() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var el = document.activeElement; return el && (el.id || el.tagName) + ' ' + el.outerHTML.slice(0, 120);"));
    }

    /** Null when the focused element shows its focus, else a description of it. */
    private static final String FOCUS_UNSEEN = """
            var el = document.activeElement;
            if (!el || el === document.body) { return 'the page itself'; }
            var seen = [el];
            var widget = el.closest('.ui-selectonemenu, .ui-chkbox, .ui-selectcheckboxmenu, .ui-radiobutton, .ui-selectbooleancheckbox');
            if (widget) { seen.push(widget); seen.push.apply(seen, widget.querySelectorAll('.ui-state-focus')); }
            var shows = seen.some(function (c) {
                var s = getComputedStyle(c);
                return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            });
            return shows ? null : (el.id || el.tagName) + ' "' + (el.textContent || el.value || '').trim().slice(0, 30) + '"';
            """;

    /** The growl messages now shown. */
    String growl() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-growl-item")));
        return String.join(" | ", all(".ui-growl-message").stream().map(WebElement::getText).toList());
    }

    /** The problems summarised at the top of a console page (refusals stay there until the next action). */
    String problems() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#problems .ui-messages-error")));
        return find("#problems").getText();
    }

    /**
     * axe-core's critical and serious violations of WCAG 2.2 A/AA within {@code css}, one line each
     * (rule, impact, the elements); empty when there are none.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations(String css) {
        String axe;
        try {
            axe = Files.readString(Path.of(System.getProperty("fc.axe.script")));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by the build (npm, pre-integration-test)", e);
        }
        find(css);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(axe + """

                ;var done = arguments[arguments.length - 1];
                // only violations are read: axe need not gather every passing node (half its time on a long page)
                axe.run(document.querySelector(arguments[0]), {runOnly: {type: 'tag', values:
                    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']})
                  .then(function (r) { done(r.violations.filter(function (v) {
                      return v.impact === 'critical' || v.impact === 'serious'; }).map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' ')
                          + ' [' + (n.failureSummary || '').split('\\n').slice(1, 2).join('').trim().slice(0, 140) + ']'; })
                          .join(', '); })); })
                  .catch(function (e) { done(['axe failed: ' + e]); });
                """, css);
        return (List<String>) result;
    }

    void screenshot(String name) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One browser for a test class's tests, as a JUnit extension: opened in {@code @BeforeAll}, closed
     * after the last test; when a test fails, where the browser was, its console log, a screenshot and
     * the page's HTML ({@code failed-<class>-<test>}).
     */
    static final class Shared implements org.junit.jupiter.api.extension.TestWatcher,
            org.junit.jupiter.api.extension.AfterAllCallback {
        private Browser browser;

        Browser open(int width, int height) {
            browser = new Browser(width, height);
            return browser;
        }

        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (browser != null) {
                System.out.println("Browser at " + browser.url() + " when " + context.getDisplayName()
                        + " failed; log: " + browser.driver.manage().logs().get("browser").getAll());
                browser.evidence("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            if (browser != null) {
                browser.close();
                browser = null;
            }
        }
    }

    /** A screenshot and the page's HTML, for a test that failed. */
    void evidence(String name) {
        screenshot(name);
        try {
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // the screenshot is what matters
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left under target/ is harmless
        }
    }
}
