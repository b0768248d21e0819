package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI at {@code /api/docs} through axe-core (WCAG 2.2 A/AA) in Chromium: as it opens, with every
 * operation and model open and in "Try it out", with the Authorize dialog, and after a request was sent,
 * at desktop and tablet width. What Swagger UI gets wrong by default is mended by our configuration
 * ({@code api/docs/init.js}, {@code docs.css}); this test keeps it mended when Swagger UI is upgraded.
 */
class ApiDocsBrowserIT extends EarDeployment {

    private static final String OPEN_EVERYTHING = """
            document.querySelectorAll('.opblock-summary-control').forEach(function (b) { b.click(); });
            document.querySelectorAll('.models-control, .model-box-control').forEach(function (b) { b.click(); });
            """;
    private static final String TRY_EVERYTHING = """
            document.querySelectorAll('.try-out__btn').forEach(function (b) { b.click(); });
            """;

    @Test
    void swaggerUiHasNoCriticalOrSeriousViolation() {
        assumeTrue(Browser.installed(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (int width : new int[] {1280, 768}) {
            try (Browser b = new Browser(width, 900)) {
                b.open("/api/docs");
                b.find("#operations-system-info");
                check(b, "api-docs-" + width, found);
                b.click(".btn.authorize");
                b.find(".dialog-ux .modal-ux");
                check(b, "api-docs-authorize-" + width, found);
                b.click(".dialog-ux .close-modal");
                // every operation and model open once (axe over that page takes most of this test's time);
                // at tablet width the one sent
                b.driver.executeScript(width == 1280 ? OPEN_EVERYTHING
                        : "document.querySelector('#operations-system-info .opblock-summary-control').click();");
                b.find("#operations-system-info .try-out__btn");
                b.driver.executeScript(TRY_EVERYTHING);
                b.find("#operations-system-info .execute");
                b.driver.executeScript("document.querySelector('#operations-system-info .execute').click();");
                b.waitForText("#operations-system-info .responses-wrapper", "Server response");
                check(b, "api-docs-open-" + width, found);
            }
        }
        found.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), found);
    }

    private static void check(Browser b, String name, Map<String, List<String>> found) {
        // Swagger UI draws after its own requests; let it settle before axe reads the page
        Await.until(name + " drawn", Duration.ofSeconds(10), () -> (Boolean) b.driver.executeScript(
                "return !document.querySelector('#swagger-ui .loading-container');") ? true : null);
        found.put(name, b.accessibilityViolations("body"));
        b.screenshot("api-docs/" + name);
    }
}
