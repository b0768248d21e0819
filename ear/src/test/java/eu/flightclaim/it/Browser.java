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

    Browser(int width, int height) {
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
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get(IntegrationStack.httpBase() + path);
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
                axe.run(document.querySelector(arguments[0]), {runOnly: {type: 'tag', values:
                    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(function (r) { done(r.violations.filter(function (v) {
                      return v.impact === 'critical' || v.impact === 'serious'; }).map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' '); })
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
