package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.domain.model.staff.Totp;
import eu.flightclaim.files.domain.model.document.TestFiles;
import java.time.Duration;
import java.util.List;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The staff console in a real browser (Debian's headless Chromium through chromedriver) against the
 * deployed EAR: a claims team member's day, from signing in with a second factor to paying a claim,
 * with a screenshot of each main page under target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT extends EarDeployment {

    /** Markup a customer typed: it must show as text and never run. */
    static final String MARKUP_NAME = "<img src=x onerror=alert(1)>Lovelace";
    static final String MARKUP_MESSAGE = "<script>alert('xss')</script> Where is my money?";

    private static String adminEmail;
    private static String totpSecret;
    private static String[] claim; // customer email, token, claim id, reference
    private static String documentId;
    private static Browser browser;

    /** The class's browser: closed after the last test, evidence kept of a failed one. */
    @RegisterExtension
    static final Browser.Shared SHARED = new Browser.Shared();

    @BeforeAll
    static void setUp() throws Exception {
        Browser.assumeInstalledAndStackReady();
        adminEmail = "console-admin-" + System.nanoTime() + "@flightclaim.test";
        totpSecret = Totp.newSecret();
        Staff.createWithTotp(adminEmail, "Grace Console", totpSecret, "admin");

        claim = ClaimLifecycleIT.newClaim("LH" + (100 + System.nanoTime() % 800), MARKUP_NAME);
        assertEquals(201, Http.post("/api/v1/claims/" + claim[2] + "/messages", claim[1],
                "{\"body\":\"" + MARKUP_MESSAGE.replace("'", "\\u0027") + "\"}").status());
        documentId = DocumentUploadIT.scannedBoardingPass(claim[1], claim[2]);
        browser = SHARED.open(1280, 800);
    }

    private static String totpNow() {
        long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
        return Totp.code(totpSecret, step, Totp.DIGITS);
    }

    /**
     * Opens the review queue on the page with this claim's document: the queue is oldest first, 25 a page,
     * and the other tests of the suite leave documents waiting in it.
     */
    private static void queuePageWith(String reference) {
        browser.open("/admin/documents.xhtml");
        for (int page = 0; page < 40; page++) {
            browser.find("[id='queue:documents_data']");
            if (browser.text("[id='queue:documents_data']").contains(reference)) {
                return;
            }
            assertFalse(browser.all("[id='queue:documents'] .ui-paginator-next.ui-state-disabled").size() > 0,
                    reference + " is on no page of the queue");
            browser.clickAjax("[id='queue:documents'] .ui-paginator-next");
        }
    }

    /** Opens Settings' airlines and saves an airline with this IATA code, name and licence country. */
    static void fillAirline(Browser b, String iata, String name, String licence) {
        b.open("/admin/settings.xhtml");
        b.clickAjax("a[href*='airlines']");
        b.type("[id='tabs:airlineForm:iata']", iata);
        b.type("[id='tabs:airlineForm:airlineName']", name);
        b.type("[id='tabs:airlineForm:licence']", licence);
        b.clickAjax("[id='tabs:airlineForm:save']");
    }

    static void signIn(Browser b, String email, String code) {
        b.find("#j_username");
        b.screenshot("01-login");
        b.type("#j_username", email);
        b.type("#j_password", Staff.PASSWORD);
        if (code != null) {
            b.type("#j_totp", code);
        }
        b.click("#login-form button[type=submit]");
    }

    @Test
    @Order(1)
    void anAdminSignsInWithTheSecondFactorAndSeesTheDashboard() {
        browser.open("/admin/dashboard.xhtml");
        assertTrue(browser.url().contains("/admin/login.xhtml"), browser.url());
        browser.find("#j_username");
        var scriptErrors = browser.driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getMessage().contains("Uncaught")).toList();
        assertTrue(scriptErrors.isEmpty(), "the login page runs without script errors: " + scriptErrors);
        signIn(browser, adminEmail, null);
        browser.find("#login-error");
        assertTrue(browser.url().contains("error=true"), "no code, no entry: " + browser.url());
        // the refusal came from the staff store (counted towards the lock-out), even though the API was used first
        assertEquals(1, Database.count("SELECT failed_logins FROM staff_account WHERE email = '" + adminEmail + "'"));

        String code = totpNow();
        signIn(browser, adminEmail, code);
        Await.until("signed in with code " + code + " (now at " + browser.url() + ")", Duration.ofSeconds(20),
                () -> browser.url().endsWith("/admin/dashboard.xhtml"));
        browser.find("#numbers");
        assertTrue(browser.url().endsWith("/admin/dashboard.xhtml"), browser.url());
        assertTrue(browser.text("#by-status").contains("Submitted"), "statuses in words");
        browser.find("#weekly canvas");
        browser.screenshot("02-dashboard");
    }

    @Test
    @Order(2)
    void aFilterFindsTheClaimAndTheUrlKeepsIt() {
        browser.open("/admin/claims.xhtml");
        browser.type("[id='filters:q']", claim[3]);
        browser.click("[id='filters:apply']");
        browser.waitForText("[id='list:claims']", claim[3]);
        assertTrue(browser.url().contains("q=" + claim[3]), "the filter is in the URL: " + browser.url());
        assertEquals(1, browser.all("[id='list:claims_data'] tr").size(), "only the claim searched for");
        String row = browser.text("[id='list:claims_data'] tr");
        assertTrue(row.contains(MARKUP_NAME), "the passenger's markup is shown as text: " + row);
        browser.screenshot("03-claims");

        // bulk assign: select the row, choose the assignee, assign
        browser.click("[id='list:claims_data'] tr .ui-chkbox-box");
        browser.choose("list:bulkAssignee", "Grace Console");
        browser.clickAjax("[id='list:assign']");
        assertTrue(browser.growl().contains("Assigned 1 claim(s) to Grace Console"), browser.growl());
        browser.waitForText("[id='list:claims_data']", "Grace Console");

        // the sort in the URL is the one the table marks: by reference, then newest first by default
        browser.open("/admin/claims.xhtml?sort=reference");
        assertEquals("ascending", browser.find("[id='list:claims'] th[aria-sort]:not([aria-sort=none])")
                .getAttribute("aria-sort"));
        assertTrue(browser.find("[id='list:claims'] th[aria-sort=ascending]").getText().contains("Reference"));
        browser.open("/admin/claims.xhtml");
        assertTrue(browser.find("[id='list:claims'] th[aria-sort=descending]").getText().contains("Created"));

        browser.open("/admin/claims.xhtml?status=not_a_status");
        assertTrue(browser.problems().contains("not_a_status"), "a bad filter in the URL is explained");

        // text the product does not accept, typed or in the URL, is a message at the field, never an error page
        browser.open("/admin/claims.xhtml");
        browser.setValue("[id='filters:q']", "LH\u0001400");
        browser.click("[id='filters:apply']");
        assertTrue(browser.problems().contains("must not contain control characters"), browser.problems());
        browser.open("/admin/claims.xhtml?q=LH%00400");
        assertTrue(browser.problems().contains("must not contain control characters"), browser.problems());

        browser.open("/admin/claims.xhtml?q=" + claim[3]);
        browser.click("[id='list:claims_data'] a.fc-ref");
        browser.find("#engine");
        assertTrue(browser.url().contains("/admin/claim.xhtml?id=" + claim[2]), browser.url());
    }

    @Test
    @Order(3)
    void theClaimPageExplainsTheEngineAndShowsMarkupAsText() {
        browser.open("/admin/claim.xhtml?id=" + claim[2]);
        String legalBasis = browser.text("#legal-basis");
        assertTrue(legalBasis.contains("Art."), "legal basis: " + legalBasis);
        assertFalse(browser.text("#reasons").isBlank());
        assertTrue(browser.text("#rule-set").contains("EU261/2004"), browser.text("#rule-set"));
        assertTrue(browser.text("#open-questions").contains("check in on time"), browser.text("#open-questions"));
        assertEquals(List.of(), browser.accessibilityViolations("#open-questions"));
        assertTrue(browser.text("#engine-amount").contains("600"), browser.text("#engine-amount"));
        assertTrue(browser.text("#passengers").contains(MARKUP_NAME));
        assertTrue(browser.text("#messages").contains("<script>alert('xss')</script>"));
        assertTrue(browser.all("#passengers img").isEmpty(), "no element came from the customer's text");
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        assertTrue(browser.text("#iban").contains("••••"), "the IBAN is masked: " + browser.text("#iban"));
        browser.clickAjax("[id='payout:reveal']");
        browser.waitForText("#iban", "DE89370400440532013000");
        assertTrue(Database.single("SELECT count(*) FROM audit_log WHERE action = 'claim.payout-revealed' AND target = 'claim:"
                + claim[2] + "' AND actor = '" + adminEmail + "'").toString().equals("1"), "the reveal is audited");
        browser.screenshot("04-claim");
    }

    @Test
    @Order(4)
    void aDocumentIsApprovedAndAnotherRequested() throws Exception {
        browser.open("/admin/claim.xhtml?id=" + claim[2]);
        browser.choose("head:to", "Under review");
        browser.clickAjax("[id='head:move']");
        browser.waitForText("#status", "Under review");

        browser.clickAjax("[id='docs:list_data'] .fc-approve");
        browser.waitForText("[id='docs:list_data']", "Approved");

        // the preview shows the decrypted image in the page
        browser.clickAjax("[id='docs:list_data'] .fc-preview");
        browser.find("img.fc-preview-image");
        Await.until("the preview image loaded", Duration.ofSeconds(10), () -> ((Number) browser.driver.executeScript(
                "return document.querySelector('img.fc-preview-image').naturalWidth")).intValue() == 320);
        assertTrue(browser.text("[id='preview'] .ui-dialog-title").contains("boarding-pass.png"), "named for its file");
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        Await.until("the preview closed by Escape", Duration.ofSeconds(5), () -> browser.all("[id='preview']").stream()
                .anyMatch(org.openqa.selenium.WebElement::isDisplayed) ? null : true);

        browser.choose("request:type", "Receipt");
        browser.type("[id='request:msg']", "Please send the receipt for your meals.");
        browser.clickAjax("[id='request:ask']");
        browser.waitForText("#status", "Documents requested");
        assertTrue(browser.growl().contains("Requested"));
        Mailbox.awaitText(claim[0], "Please send the receipt for your meals.");

        // the customer answers with the document asked for: the claim comes back as resubmitted
        Http.Reply receipt = DocumentUploadIT.upload(claim[1], claim[2], "receipt", "receipt.pdf", TestFiles.pdf(1));
        assertEquals(201, receipt.status(), receipt.body());
        DocumentUploadIT.scanned(claim[1], receipt.json().getString("id"));
        queuePageWith(claim[3]);
        browser.screenshot("05-documents-queue");
    }

    @Test
    @Order(5)
    void theClaimIsApprovedThenPaidAndTheEmailsAreInTheOutbox() {
        browser.open("/admin/claim.xhtml?id=" + claim[2]);
        browser.waitForText("#status", "Documents in, to review");
        browser.choose("head:to", "Approved");
        browser.clickAjax("[id='head:move']");
        browser.waitForText("#status", "Approved");
        browser.choose("head:to", "Paid");
        browser.clickAjax("[id='head:move']");
        browser.waitForText("#status", "Paid");
        assertTrue(browser.text("#history").contains("Status: Approved → Paid"), browser.text("#history"));

        browser.open("/admin/emails.xhtml");
        browser.type("[id='list:recipient']", claim[0]);
        Await.until("the claim's emails in the outbox", Duration.ofSeconds(30), () -> {
            browser.clickAjax("[id='list:refresh']");
            String table = browser.text("[id='list:emails']");
            return table.contains("claim-approved") && table.contains("claim-paid") ? table : null;
        });
        browser.screenshot("06-emails");
    }

    @Test
    @Order(6)
    void aStaleSaveIsRefusedAndTheNewStateShown() throws Exception {
        String[] other = ClaimLifecycleIT.newClaim("LH" + (100 + System.nanoTime() % 800), "Hopper");
        browser.open("/admin/claim.xhtml?id=" + other[2]);
        browser.find("#engine");
        // someone else moves the claim while the page is open
        String token = Staff.token(Staff.create("reviewer"));
        assertEquals(200, Http.call("POST", "/api/v1/admin/claims/" + other[2] + "/transitions", token,
                "{\"to\":\"under_review\"}", null).status());
        browser.choose("head:to", "Rejected");
        browser.type("[id='head:reason']", "Not our carrier.");
        browser.clickAjax("[id='head:move']");
        String said = browser.problems();
        assertTrue(said.contains("changed") || said.contains("version"), said);
        browser.waitForText("#status", "Under review");
    }

    @Test
    @Order(7)
    void adminPagesRender() {
        for (String page : new String[] {"settings", "system", "staff", "audit", "account/index"}) {
            browser.open("/admin/" + page + ".xhtml");
            browser.find(".fc-main h1");
            browser.screenshot("07-" + page.replace('/', '-'));
        }
        // the dependency report added by issue 22: no critical or serious WCAG 2.2 violation (the whole console is issue 15)
        browser.open("/admin/system.xhtml");
        assertTrue(browser.text("[id='system:dependency-report']").contains("mail"));
        // the test's WebDAV server (Tomcat's) reports no quota
        assertEquals("Room left in the document store: not limited, or not reported by the store",
                browser.text("#store-space"));
        assertEquals(List.of(), browser.accessibilityViolations("[id='system:dependency-report']"));
        // staff is superadmin-only: an admin gets the refusal page
        browser.open("/admin/staff.xhtml");
        assertTrue(browser.text(".fc-main").contains("may not open this page"));
    }

    @Test
    @Order(8)
    void aBrokenEmailTemplateIsRefusedAndAGoodOneSaved() {
        browser.open("/admin/settings.xhtml");
        browser.clickAjax("a[href*='templates']");
        browser.choose("tabs:templateForm:name", "claim-paid");
        browser.find("[id='tabs:templateForm:html']");
        browser.type("[id='tabs:templateForm:html']", "<p>{{#reference}}never closed</p>");
        browser.clickAjax("[id='tabs:templateForm:save']");
        assertTrue(browser.problems().contains("not a valid template"), browser.problems());
        assertEquals("true", browser.find("[id='tabs:templateForm:html']").getAttribute("aria-invalid"),
                "the broken part is the field marked");
        assertEquals(0, Database.count("SELECT count(*) FROM email_template_override WHERE name = 'claim-paid'"));

        browser.open("/admin/settings.xhtml");
        browser.clickAjax("a[href*='templates']");
        browser.choose("tabs:templateForm:name", "claim-paid");
        browser.type("[id='tabs:templateForm:subject']", "Paid at last: {{reference}}");
        browser.clickAjax("[id='tabs:templateForm:preview']");
        browser.waitForText("#preview-subject", "Paid at last: [reference]");
        browser.clickAjax("[id='tabs:templateForm:save']");
        assertTrue(browser.growl().contains("saved"), browser.growl());
        assertEquals(1, Database.count("SELECT count(*) FROM email_template_override WHERE name = 'claim-paid'"
                + " AND part = 'subject' AND updated_by = '" + adminEmail + "'"));
        browser.screenshot("07-settings-template");
        browser.clickAjax("[id='tabs:templateForm:reset']");
        assertEquals(0, Database.count("SELECT count(*) FROM email_template_override WHERE name = 'claim-paid'"));
    }

    @Test
    @Order(9)
    void anAirlineEditIsUsedByTheEngineAtOnceAndSurvivesAnImport() {
        String eligibility = """
                {"legs": [{"from": "JFK", "to": "FRA", "carrier": "7Z", "flightNumber": "7Z1", "date": "2026-06-01"}],
                 "disruption": {"type": "DELAY", "arrivalDelayMinutes": 300, "cause": "NONE"}}""";
        assertEquals(400, Http.post("/api/v1/eligibility", null, eligibility).status(), "7Z is not known yet");

        fillAirline(browser, "7Z", "Console Test Air", "XX");
        assertTrue(browser.problems().contains("not a known country code"), "a bad licence country is refused: "
                + browser.problems());
        assertEquals("true", browser.find("[id='tabs:airlineForm:licence']").getAttribute("aria-invalid"));
        browser.type("[id='tabs:airlineForm:licence']", "DE");
        browser.clickAjax("[id='tabs:airlineForm:save']");
        assertTrue(browser.growl().contains("Airline 7Z saved"), browser.growl());

        // an inbound flight on a carrier licensed in the EU: EU261 applies, from the next request on
        Http.Reply answer = Http.post("/api/v1/eligibility", null, eligibility);
        assertEquals(200, answer.status(), answer.body());
        var eu = answer.json().getJsonArray("results").getJsonObject(0);
        assertEquals("EU261", eu.getString("regime"));
        assertTrue(eu.getBoolean("eligible"), answer.body());

        // a staff correction of a shipped row is kept when the reference data is imported again
        browser.type("[id='tabs:airlineForm:iata']", "2L");
        browser.type("[id='tabs:airlineForm:icao']", "OAW");
        browser.type("[id='tabs:airlineForm:airlineName']", "Helvetic Airways (corrected)");
        browser.type("[id='tabs:airlineForm:licence']", "CH");
        browser.clickAjax("[id='tabs:airlineForm:save']");
        assertTrue(browser.growl().contains("Airline 2L saved"), browser.growl());
        assertEquals("COMPLETED", Staff.runJob("reference-data-import", Staff.token(Staff.create("admin")))
                .getString("status"));
        assertEquals("Helvetic Airways (corrected)", Http.get("/api/v1/airlines/2L").json().getString("name"));
    }

    @Test
    @Order(10)
    void aClaimsPageLeadsOnThroughTheListAcrossItsPages() throws Exception {
        browser.open("/admin/claims.xhtml?sort=reference");
        int listed = Integer.parseInt(browser.text("[id='list:claims'] .ui-paginator-current").replaceAll(".* of ", ""));
        for (int i = listed; i < 26; i++) { // a second page of 25
            ClaimLifecycleIT.newClaim("LH" + (100 + System.nanoTime() % 800), "Trail-" + i);
        }
        browser.open("/admin/claims.xhtml?sort=reference");
        List<String> firstPage = browser.all("[id='list:claims_data'] a.fc-ref").stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        assertEquals(25, firstPage.size());
        browser.clickAjax("[id='list:claims'] .ui-paginator-next");
        String firstOfSecondPage = browser.text("[id='list:claims_data'] a.fc-ref");

        // another list in between: the trail starts again, and knows only the first page of this one
        browser.open("/admin/claims.xhtml?sort=-reference");
        browser.find("[id='list:claims_data'] a.fc-ref");
        browser.open("/admin/claims.xhtml?sort=reference");
        browser.all("[id='list:claims_data'] a.fc-ref").get(24).click();
        browser.waitForText("#trail-position", "25 of ");
        assertTrue(browser.driver.getTitle().contains(firstPage.get(24)), browser.driver.getTitle());
        browser.click("#next-claim");
        browser.waitForText("#trail-position", "26 of ");
        assertTrue(browser.driver.getTitle().contains(firstOfSecondPage), "the next claim is the next page's first,"
                + " read when asked for: "
                + browser.driver.getTitle());
        browser.click("#previous-claim");
        browser.waitForText("#trail-position", "25 of ");
        browser.click("#back-to-list");
        browser.find("[id='list:claims_data'] a.fc-ref");
        assertTrue(browser.url().contains("sort=reference"), "back to the list as it was left: " + browser.url());
    }

    @Test
    @Order(11)
    void aReviewerCannotReachTheStaffPage() {
        try (Browser reviewer = new Browser(1024, 768)) {
            reviewer.open("/admin/dashboard.xhtml");
            signIn(reviewer, Staff.create("reviewer"), null);
            reviewer.find("#numbers");
            assertTrue(reviewer.all("[id='nav:m-staff']").isEmpty(), "no Staff menu item for a reviewer");
            assertTrue(reviewer.all("[id='nav:m-settings']").isEmpty(), "no Settings menu item for a reviewer");
            reviewer.open("/admin/staff.xhtml");
            assertTrue(reviewer.text(".fc-main").contains("may not open this page"));
            reviewer.open("/admin/settings.xhtml");
            assertTrue(reviewer.text(".fc-main").contains("may not open this page"));
            reviewer.screenshot("08-reviewer-blocked");
        }
    }
}
