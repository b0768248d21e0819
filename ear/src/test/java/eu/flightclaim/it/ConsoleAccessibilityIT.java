package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.domain.model.staff.Totp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page of the staff console, and every tab, through axe-core (WCAG 2.0, 2.1 and 2.2 A and AA)
 * at 1280 × 800 and at a tablet's 768 × 1024, signed in as a superadmin (who sees every page): no
 * critical or serious violation, and a screenshot of each under target/screenshots/console/; every dialog
 * too, at both widths.
 */
class ConsoleAccessibilityIT extends EarDeployment {

    private static String email;
    private static String totpSecret;
    private static String claimId;

    @BeforeAll
    static void setUp() throws Exception {
        Browser.assumeInstalledAndStackReady();
        email = "console-a11y-" + System.nanoTime() + "@flightclaim.test";
        totpSecret = Totp.newSecret();
        Staff.createWithTotp(email, "Ada Audit", totpSecret, "reviewer", "admin", "superadmin");
        String[] claim = ClaimLifecycleIT.newClaim("LH" + (100 + System.nanoTime() % 800), "Audit-" + System.nanoTime());
        claimId = claim[2];
        DocumentUploadIT.scannedBoardingPass(claim[1], claimId);
        // an erasure request waiting for a decision (for the Erasure requests page's dialog)
        String[] asker = ClaimLifecycleIT.newClaim("LH" + (100 + System.nanoTime() % 800), "Asker-" + System.nanoTime());
        assertEquals(202, Http.post("/api/v1/account/erasure-request", asker[1], null).status());
    }

    /** The suite's other tests count on the bootstrap admin being the only superadmin: this one steps down. */
    @AfterAll
    static void tearDown() {
        if (email != null) {
            Database.single("DELETE FROM staff_account_role WHERE role = 'superadmin' AND staff_account_id = (SELECT id"
                    + " FROM staff_account WHERE email = '" + email + "') RETURNING 1");
        }
    }

    private static String totpNow() {
        return Totp.code(totpSecret, Instant.now().getEpochSecond() / Totp.STEP_SECONDS, Totp.DIGITS);
    }

    @Test
    void everyPageAndTabHasNoCriticalOrSeriousViolationAtDesktopAndTabletWidth() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        int[][] sizes = {{1280, 800}, {768, 1024}};
        try (Browser b = new Browser(1280, 800)) {
            b.open("/admin/login.xhtml");
            for (int[] size : sizes) { // one sign-in: a TOTP code works once
                resize(b, size);
                check(b, "login-" + size[0], found);
            }
            resize(b, sizes[0]);
            ConsoleBrowserIT.signIn(b, email, totpNow());
            Await.until("signed in", Duration.ofSeconds(20), () -> b.url().endsWith("/admin/dashboard.xhtml"));
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("dashboard", "/admin/dashboard.xhtml");
            pages.put("claims", "/admin/claims.xhtml");
            pages.put("claim", "/admin/claim.xhtml?id=" + claimId);
            pages.put("documents", "/admin/documents.xhtml");
            pages.put("emails", "/admin/emails.xhtml");
            pages.put("staff", "/admin/staff.xhtml");
            pages.put("audit", "/admin/audit.xhtml");
            pages.put("system", "/admin/system.xhtml");
            pages.put("airports", "/admin/airports.xhtml");
            pages.put("account", "/admin/account/index.xhtml");
            pages.put("settings", "/admin/settings.xhtml");
            pages.put("privacy", "/admin/privacy.xhtml");
            for (int[] size : sizes) {
                resize(b, size);
                String at = "-" + size[0];
                for (var page : pages.entrySet()) {
                    b.open(page.getValue());
                    b.find("#main");
                    check(b, page.getKey() + at, found);
                }
                int tabs = b.all("[id$='tabs'] .ui-tabs-header a").size();
                for (int i = 1; i < tabs; i++) {
                    b.clickAjax("[id$='tabs'] .ui-tabs-header:nth-child(" + (i + 1) + ") a");
                    int shown = i + 1;
                    Await.until("settings tab " + shown, Duration.ofSeconds(10), () -> b.all("[id$='tabs']"
                            + " .ui-tabs-header:nth-child(" + shown + ").ui-state-active").isEmpty() ? null : true);
                    check(b, "settings-tab-" + i + at, found);
                }
                everyDialog(b, at, found);
            }
            resize(b, sizes[0]);
            // the keyboard reaches the results in a few presses: past the menu, past the filters
            b.open("/admin/claims.xhtml");
            b.find("[id='list:claims_data'] tr");
            String reached = null;
            for (int presses = 1; presses <= 6 && reached == null; presses++) {
                new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
                org.openqa.selenium.WebElement at = b.driver.switchTo().activeElement();
                if (at.getText().startsWith("Skip to")) {
                    at.sendKeys(org.openqa.selenium.Keys.ENTER);
                } else if (!b.all("[id='list:claims'] :focus").isEmpty()) {
                    reached = presses + " presses";
                }
            }
            assertTrue(reached != null, "the results within 6 presses of Tab (and Enter on the skip links)");
            // the moves in the workflow's order, in words: review before any decision
            b.open("/admin/claim.xhtml?id=" + claimId);
            assertTrue(b.text("#disruption").contains("Delay") && b.text("#disruption").contains("None given"),
                    "codes in words: " + b.text("#disruption"));
            List<String> moves = b.all("[id='head:to_input'] option").stream()
                    .map(o -> o.getAttribute("textContent").strip()).filter(t -> !t.startsWith("Choose")).toList();
            assertEquals("Under review", moves.get(0), moves.toString());
            assertTrue(moves.indexOf("Under review") < moves.indexOf("Rejected"), moves.toString());
            // a refusal stays at its field: rejecting without the reason the customer must be told
            b.choose("head:to", "Rejected");
            b.clickAjax("[id='head:move']");
            b.waitForText("[id='head']", "Write the reason: the customer is told why the claim is rejected.");
            assertEquals("true", b.find("[id='head:reason']").getAttribute("aria-invalid"));
            assertEquals("head:reason", activeId(b), "focus on the refused field");
            assertTrue(b.find("[id='head:reason']").getAttribute("aria-describedby") != null, "the message describes it");
            assertTrue(b.text("#problems").contains("Write the reason"), "and the summary at the top says it");
            check(b, "claim-reason-refused-1280", found);
            // done: the summary goes, focus lands on what changed (the status), not on <body>
            b.type("[id='head:reason']", "Not an EU flight.");
            b.clickAjax("[id='head:move']");
            b.waitForText("#status", "Rejected");
            Await.until("focus on the new status", Duration.ofSeconds(5), () -> "status".equals(activeId(b)) ? true : null);
            assertTrue(b.all("#problems .ui-messages-error").isEmpty(), "the refusal is gone once fixed");
            b.open("/admin/airports.xhtml");
            b.waitForText("#main", "Type at least 2 letters");
            // a form's refusal is part of the page too: an invitation without a role
            b.open("/admin/staff.xhtml");
            b.type("[id='invite:email']", "no-role-" + System.nanoTime() + "@flightclaim.test");
            b.type("[id='invite:name']", "No Role");
            b.all("[id='invite:roles'] .ui-chkbox-box.ui-state-active").forEach(org.openqa.selenium.WebElement::click);
            b.clickAjax("[id='invite:send']");
            b.waitForText("[id='invite']", "Give at least one role.");
            check(b, "staff-invite-refused-1280", found);
            // a refusal of an erasure says why: without a note, the note field says so
            b.open("/admin/privacy.xhtml");
            b.clickAjax("[id='requests:list'] tbody tr:first-child button");
            b.find("[id='decideForm:note']");
            b.clickAjax("[id='decideForm:refuse']");
            b.waitForText("[id='decideForm']", "Say why the request is refused");
            assertEquals("true", b.find("[id='decideForm:note']").getAttribute("aria-invalid"));
            check(b, "privacy-refusal-refused-1280", found);
            b.type("[id='decideForm:note']", "Your claim is still being paid.");
            b.clickAjax("[id='decideForm:refuse']");
            assertTrue(b.growl().contains("Refused. The customer sees your reason."), b.growl());
        }
        found.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), found, String.join("\n", flatten(found)));
    }

    /** Every dialog of the console: named for what it shows, accessible while open, closed by Escape. */
    private static void everyDialog(Browser b, String at, Map<String, List<String>> found) {
        b.open("/admin/claim.xhtml?id=" + claimId);
        // the claim page's dialogs: the document's preview and its rejection
        b.clickAjax("[id='docs:list_data'] .fc-preview");
        b.find("img.fc-preview-image");
        checkDialog(b, "claim-preview-dialog" + at, "[id='preview']", found);
        escapeCloses(b, "[id='preview']");
        b.clickAjax("[id='docs:list_data'] .fc-reject");
        b.find("[id='rejectForm:rejectReason']");
        checkDialog(b, "claim-reject-dialog" + at, "[id='reject']", found);
        escapeCloses(b, "[id='reject']");
        // Reject… in the preview: the preview gives way to the rejection; closed, focus is back on Preview
        b.clickAjax("[id='docs:list_data'] .fc-preview");
        b.clickAjax("[id='previewActions:reject']");
        b.find("[id='rejectForm:rejectReason']");
        escapeCloses(b, "[id='reject']");
        Await.until("focus back on Preview", Duration.ofSeconds(5), () -> (Boolean) b.driver.executeScript(
                "return document.activeElement.classList.contains('fc-preview');") ? true : null);
        b.open("/admin/staff.xhtml");
        b.clickAjax("[id='accounts:list'] tbody tr:first-child button");
        b.waitForText("[id='roles'] .ui-dialog-title", "Roles of ");
        checkDialog(b, "staff-roles-dialog" + at, "[id='roles']", found);
        escapeCloses(b, "[id='roles']");
        b.open("/admin/emails.xhtml");
        b.clickAjax("[id$='emails'] tbody tr:first-child button");
        b.waitForText("[id='view'] .ui-dialog-title", "Email ");
        checkDialog(b, "emails-view-dialog" + at, "[id='view']", found);
        escapeCloses(b, "[id='view']");
        // the confirmation every risky button asks for (here: Resend), answered No by Escape
        b.click("[id$='emails'] tbody tr:first-child .fc-resend");
        b.waitForText(".ui-confirm-dialog", "again?");
        checkDialog(b, "emails-resend-confirm" + at, ".ui-confirm-dialog", found);
        escapeCloses(b, ".ui-confirm-dialog");
        b.open("/admin/privacy.xhtml");
        b.clickAjax("[id='requests:list'] tbody tr:first-child button");
        b.waitForText("[id='decide'] .ui-dialog-title", "Erasure for ");
        checkDialog(b, "privacy-decide-dialog" + at, "[id='decide']", found);
        escapeCloses(b, "[id='decide']");
        // the dialogs no button opens: the bulk assignment's progress and the end of a session
        b.open("/admin/claims.xhtml");
        b.driver.executeScript("PF('bulk').show();");
        b.waitForText("[id='list:bulk']", "Assigning");
        checkDialog(b, "claims-bulk-progress" + at, "[id='list:bulk']", found);
        b.driver.executeScript("PF('bulk').hide(); PF('sessionEnded').show();");
        b.find("[id='session-ended']");
        checkDialog(b, "session-ended-dialog" + at, "[id='session-ended']", found);
    }

    /**
     * Cells of a table whose text does not fit (cut mid-word, or hidden), unless the cell says what it
     * cut (an ellipsis whose full text is its title): the table scrolls instead.
     */
    @SuppressWarnings("unchecked")
    private static List<String> cutCells(Browser b, String table) {
        return (List<String>) b.driver.executeScript("""
                return Array.from(document.querySelectorAll(arguments[0] + ' th, ' + arguments[0] + ' td'))
                    .filter(c => c.scrollWidth > c.clientWidth + 1 && !c.querySelector('[title].fc-ellipsis'))
                    .map(c => 'cut: ' + c.textContent.trim().slice(0, 40));
                """, table);
    }

    private static void escapeCloses(Browser b, String dialog) {
        new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        Await.until(dialog + " closed by Escape", Duration.ofSeconds(5), () -> b.all(dialog).stream()
                .anyMatch(org.openqa.selenium.WebElement::isDisplayed) ? null : true);
    }

    private static String activeId(Browser b) {
        return (String) b.driver.executeScript("return document.activeElement && document.activeElement.id;");
    }

    private static void resize(Browser b, int[] size) {
        b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
    }

    /** axe-core's findings, and the cells of every table whose text does not fit. */
    private static void check(Browser b, String name, Map<String, List<String>> found) {
        found.put(name, b.accessibilityViolations("body"));
        found.put(name + "-cells-cut", cutCells(b, ".fc-main"));
        b.screenshot("console/" + name);
    }

    /**
     * An open modal dialog: axe-core within it. The page behind was checked without it; checked with
     * it, each table cell (role gridcell, a widget to axe) the dialog half covers fails target-size.
     */
    @SuppressWarnings("unchecked")
    private static void checkDialog(Browser b, String name, String dialog, Map<String, List<String>> found) {
        found.put(name, b.accessibilityViolations(dialog));
        // and it fits the window: its close button and its actions in view
        found.put(name + "-fits", (List<String>) b.driver.executeScript("""
                var box = document.querySelector(arguments[0]).getBoundingClientRect();
                return box.left < 0 || box.right > document.documentElement.clientWidth
                    ? ['from ' + Math.round(box.left) + ' to ' + Math.round(box.right) + ' px in a window of '
                        + document.documentElement.clientWidth] : [];
                """, dialog));
        b.screenshot("console/" + name);
    }

    private static List<String> flatten(Map<String, List<String>> found) {
        List<String> lines = new ArrayList<>();
        found.forEach((page, violations) -> violations.forEach(v -> lines.add(page + ": " + v)));
        return lines;
    }
}
