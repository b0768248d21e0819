package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.document.TestFiles;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The passengers' portal in Debian's Chromium against the deployed EAR: the check answered by keyboard
 * alone, the API's refusal shown at the fields, the language switched, a phone's width; axe-core finds
 * no critical or serious WCAG 2.2 A/AA violation on any of them. Screenshots in target/screenshots/portal/.
 */
class PortalBrowserIT extends EarDeployment {

    private static Browser desktop;

    @BeforeAll
    static void setUp() {
        Browser.assumeInstalledAndStackReady();
        desktop = new Browser(1280, 800);
    }

    @AfterAll
    static void tearDown() {
        if (desktop != null) {
            desktop.close();
        }
    }

    /** Presses Tab until the element with this id has the focus (failing after 40), then types. */
    private static void tabTo(Browser b, String id, CharSequence... keys) {
        for (int i = 0; i < 40 && !id.equals(focused(b).getAttribute("id")); i++) {
            // the keyboard's Tab, not typed into the element: typing into a file input would name a file
            new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals(id, focused(b).getAttribute("id"), "reached by Tab");
        if (keys.length > 0) {
            focused(b).sendKeys(keys);
        }
    }

    /** A browser as a new visitor has it: no sign-in cookie, nothing kept (the tests share one browser). */
    private static void newVisitor(Browser b) {
        b.open("/");
        // every cookie, the refresh cookie too: WebDriver's own delete sees only those of the page's path
        b.driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        b.driver.executeScript("localStorage.clear(); sessionStorage.clear();");
    }

    /** Follows the link to this address and waits for the page's heading. */
    private static void follow(Browser b, String href, String heading) {
        b.click("a[href='" + href + "']");
        b.waitForText("h1", heading);
    }

    private static void openCheck(Browser b) {
        b.open("/");
        b.waitForText("h1", "Is compensation due");
    }

    /** No critical or serious axe-core violation on the page as it is; a screenshot of it for the record. */
    private static void accessibleAsShown(Browser b, String screenshot) {
        assertEquals(List.of(), b.accessibilityViolations("body"), screenshot);
        b.screenshot(screenshot);
    }

    private static WebElement focused(Browser b) {
        return b.driver.switchTo().activeElement();
    }

    @Test
    void aPassengerChecksAFlightByKeyboardAndReadsTheAnswer() {
        openCheck(desktop);
        assertEquals("h1", focused(desktop).getTagName(), "the page starts at its heading");
        accessibleAsShown(desktop, "portal/check-1280");

        tabTo(desktop, "leg-0-from", "FRA");
        tabTo(desktop, "leg-0-to", "JFK");
        tabTo(desktop, "leg-0-carrier", "LH");
        tabTo(desktop, "delay-hours", "4");
        focused(desktop).sendKeys(Keys.ENTER); // submits the form

        desktop.waitForText("#result-title", "Your answer");
        assertEquals("result-title", focused(desktop).getAttribute("id"), "focus moves to the answer");
        String answer = desktop.text(".result");
        assertTrue(answer.contains("600"), answer);
        assertTrue(answer.contains("EU Regulation 261/2004"), answer);
        accessibleAsShown(desktop, "portal/check-answer-1280");
    }

    @Test
    void whatTheApiRefusesIsShownAtTheFieldAndSummarisedAtTheTop() {
        openCheck(desktop);
        tabTo(desktop, "leg-0-from", "FRA");
        tabTo(desktop, "leg-0-to", "JFK");
        tabTo(desktop, "delay-hours", "4", Keys.ENTER); // no airline

        desktop.waitForText(".error-summary", "Please check these answers");
        assertTrue(focused(desktop).getAttribute("class").contains("error-summary"), "focus on the summary");
        assertEquals("true", desktop.find("#leg-0-carrier").getAttribute("aria-invalid"));
        assertTrue(desktop.find("#leg-0-carrier").getAttribute("aria-describedby").contains("leg-0-carrier-error"));
        desktop.click(".error-summary a");
        assertEquals("leg-0-carrier", focused(desktop).getAttribute("id"), "the summary's link goes to the field");
        accessibleAsShown(desktop, "portal/check-errors-1280");
    }

    /** On the sign-in page: the address by keyboard, then the emailed link's Continue; ends on My claims. */
    private static void signInThroughTheLink(Browser b, String email, boolean check) throws Exception {
        b.waitForText("h1", "Sign in");
        if (check) {
            accessibleAsShown(b, "portal/signin-1280");
        }
        int before = Mailbox.to(email).size();
        tabTo(b, "email", email, Keys.ENTER);
        b.waitForText("h1", "Check your email");
        if (check) {
            accessibleAsShown(b, "portal/signin-sent-1280");
        }
        b.driver.get(MagicLinkSignInIT.linkIn(email, before).group(1));
        b.click("#continue");
        b.waitForPath("/claims"); // the sign-in page hands over to the portal
        b.waitForText("h1", "My claims");
    }

    @Test
    void aPassengerGoesFromTheCheckThroughSignInToASubmittedClaimWithTwoPassengers() throws Exception {
        newVisitor(desktop);
        String email = "portal-claim-" + System.nanoTime() + "@example.com";
        String lastName = "Portal" + System.nanoTime() % 100000;
        openCheck(desktop);
        tabTo(desktop, "leg-0-from", "FRA");
        tabTo(desktop, "leg-0-to", "JFK");
        tabTo(desktop, "leg-0-carrier", "LH");
        tabTo(desktop, "leg-0-flightNumber", "LH400");
        tabTo(desktop, "delay-hours", "4", Keys.ENTER);
        desktop.waitForText("#result-title", "Your answer");
        desktop.click(".result button");
        desktop.waitForText("main", "Sign in to claim");
        desktop.click("main a[href='/signin']");
        signInThroughTheLink(desktop, email, false);
        desktop.click("a[href='/claims/new']"); // the checked flight waited in this browser

        desktop.waitForText("h1", "Claim your compensation");
        assertEquals("LH400", desktop.find("#leg-0-flightNumber").getAttribute("value"), "as typed in the check");
        tabTo(desktop, "leg-0-date");
        desktop.find("#leg-0-date").sendKeys("06012026"); // the date field takes digits in its locale's order
        tabTo(desktop, "passenger-0-firstName", "Ada");
        tabTo(desktop, "passenger-0-lastName", lastName);
        desktop.click("#passengers-heading ~ button.secondary");
        String byron = "Byron <img src=x onerror=alert(1)>"; // what a passenger types is shown as text
        tabTo(desktop, "passenger-1-firstName", byron);
        tabTo(desktop, "passenger-1-lastName", lastName);
        tabTo(desktop, "passenger-1-minor", Keys.SPACE); // Byron is under 18: a guardian signs for him
        accessibleAsShown(desktop, "portal/new-claim-step-1-1280");
        desktop.click(".step-buttons button:not(.secondary)"); // Continue
        desktop.waitForText("h2.step", "Step 2 of 3");
        assertEquals("H2", focused(desktop).getTagName().toUpperCase(), "the new step starts at its heading");
        tabTo(desktop, "payout-accountHolder", "Ada " + lastName);
        tabTo(desktop, "payout-iban", "DE89 3704 0044 0532 0130 01"); // a digit off
        desktop.waitForText("#payout-iban-hint", "does not look right");
        accessibleAsShown(desktop, "portal/new-claim-step-2-1280");
        desktop.click(".step-buttons button:not(.secondary)");
        desktop.waitForText("h2.step", "Step 3 of 3");
        desktop.waitForText(".review", byron + " " + lastName);
        assertTrue(desktop.all("main img").isEmpty(), "no markup made from a name");
        desktop.waitForText("#terms-heading", "Assignment of claim and power of attorney");
        desktop.click("form button[type=submit]"); // nobody has signed: the form asks first
        desktop.waitForText(".error-summary", byron + " " + lastName + ": sign in the box");
        tabTo(desktop, "signature-0-signedBy", "Ada " + lastName);
        draw(desktop, "#signature-0-drawing");
        assertTrue(desktop.find("#signature-0-drawing").getAttribute("aria-label").endsWith("signed"));
        tabTo(desktop, "signature-1-signedBy", "Ada " + lastName); // the guardian, in her own name
        tabTo(desktop, "signature-1-typed", Keys.SPACE); // the keyboard's way: the typed name alone
        accessibleAsShown(desktop, "portal/new-claim-signatures-1280");
        desktop.click("form button[type=submit]"); // no consent, the wrong IBAN: the API refuses all three

        desktop.waitForText(".error-summary", "the terms must be accepted");
        assertEquals("true", desktop.find("#consent-terms").getAttribute("aria-invalid"));
        accessibleAsShown(desktop, "portal/new-claim-errors-1280");
        desktop.driver.findElements(org.openqa.selenium.By.cssSelector(".error-summary a")).stream()
                .filter(a -> a.getAttribute("href").endsWith("#payout-iban")).findFirst().orElseThrow().click();
        desktop.waitForText("h2.step", "Step 2 of 3"); // the summary's link goes to the field's step
        assertEquals("payout-iban", focused(desktop).getAttribute("id"));
        focused(desktop).sendKeys(Keys.BACK_SPACE, "0");
        desktop.click(".step-buttons button:not(.secondary)");
        desktop.waitForText("h2.step", "Step 3 of 3");
        desktop.click("#consent-terms");
        desktop.click("#consent-assignment");
        desktop.click("form button[type=submit]");

        desktop.waitForText("h1", "Claim FC-");
        desktop.waitForText(".verdict", "Submitted");
        accessibleAsShown(desktop, "portal/new-claim-submitted-1280");
        signedAssignmentOpens(desktop.driver.getCurrentUrl().replaceAll(".*/claims/", ""),
                "For Ada " + lastName + ", signed by the passenger: Ada " + lastName,
                "For " + byron + " " + lastName + " (under 18), signed by a parent or guardian: Ada " + lastName);
        follow(desktop, "/claims", "My claims");
        assertTrue(desktop.all("a[href='/claims/new']").isEmpty(), "the draft is gone once claimed");
    }

    /** A signature drawn with the pointer: two strokes across the pad. */
    private static void draw(Browser b, String pad) {
        org.openqa.selenium.WebElement canvas = b.find(pad);
        new org.openqa.selenium.interactions.Actions(b.driver).moveToElement(canvas, -120, 10).clickAndHold()
                .moveByOffset(40, -30).moveByOffset(40, 40).moveByOffset(40, -20).release()
                .moveToElement(canvas, 60, 0).clickAndHold().moveByOffset(60, 5).release().perform();
    }

    /** The claim's power_of_attorney document, fetched as staff would (the API), is a PDF with these lines. */
    static void signedAssignmentOpens(String claimId, String... lines) throws Exception {
        String staff = Tokens.valid("portal-test-reviewer", "reviewer");
        jakarta.json.JsonObject poa = Await.until("the signed assignment stored", java.time.Duration.ofSeconds(20), () ->
                Http.get("/api/v1/claims/" + claimId + "/documents", staff).jsonStructure().asJsonArray().stream()
                        .map(jakarta.json.JsonObject.class::cast)
                        .filter(d -> "power_of_attorney".equals(d.getString("type"))).findFirst().orElse(null));
        byte[] pdf = DocumentUploadIT.download(staff, poa.getString("id"), null).body();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String line : lines) {
                assertTrue(text.contains(line), line + " in " + text);
            }
        }
    }

    @Test
    void aPassengerFollowsAClaimUploadsByButtonAndByDropWritesToTheTeamAndWithdrawsAnother() throws Exception {
        newVisitor(desktop);
        String[] claim = ClaimLifecycleIT.newClaim("LH" + (100 + System.nanoTime() % 800), "Follow");
        Http.Reply second = Http.send(Http.request("/api/v1/claims", claim[1]).header("Content-Type", "application/json")
                .header("Idempotency-Key", "k-" + System.nanoTime()).POST(java.net.http.HttpRequest.BodyPublishers
                        .ofString(ClaimSubmissionIT.claim("MUC", "LIS", "LH", "LH1790", "Follow",
                                "DE89370400440532013000", true))).build());
        assertEquals(201, second.status(), second.body());
        String reviewer = Staff.token(Staff.create("reviewer"));
        Http.post("/api/v1/admin/claims/" + claim[2] + "/transitions", reviewer, "{\"to\":\"under_review\"}");
        assertEquals(200, Http.post("/api/v1/admin/claims/" + claim[2] + "/document-requests", reviewer,
                "{\"documentType\":\"delay_certificate\",\"message\":\"Please send the airline's delay confirmation.\"}")
                .status());
        desktop.open("/signin");
        signInThroughTheLink(desktop, claim[0], false);
        follow(desktop, "/claims/" + claim[2], "Claim " + claim[3]);
        desktop.waitForText("section[aria-labelledby=needed-title]", "Please send the airline's delay confirmation.");
        accessibleAsShown(desktop, "portal/claim-1280");

        java.nio.file.Path png = java.nio.file.Files.createTempFile("boarding-pass", ".png");
        java.nio.file.Files.write(png, TestFiles.image("png", 320, 200));
        desktop.find("#document-file").sendKeys(png.toAbsolutePath().toString());
        desktop.click("form.upload button[type=submit]");
        desktop.waitForText("section[aria-labelledby=documents-title] [role=status]", "was uploaded");
        desktop.waitForText(".documents", "Boarding pass");

        desktop.click("section[aria-labelledby=needed-title] button"); // "Upload it": the upload takes the type asked for
        assertEquals("document-file", focused(desktop).getAttribute("id"));
        assertEquals("delay_certificate", desktop.find("#document-type").getAttribute("value"));
        drop(desktop, "certificate.pdf", "application/pdf", TestFiles.pdf(1));
        desktop.waitForText("section[aria-labelledby=documents-title] [role=status]", "certificate.pdf was uploaded");
        desktop.waitForText(".documents", "Delay certificate");
        // the request counts as answered once the document has passed its scan: then the page lists it no more
        Await.until("the request answered", Duration.ofSeconds(30), () -> Http.get("/api/v1/claims/" + claim[2]
                + "/document-requests", claim[1]).body().contains("answeredAt"));
        desktop.driver.navigate().refresh();
        desktop.waitForText("h1", "Claim " + claim[3]);
        assertTrue(desktop.all("section[aria-labelledby=needed-title]").isEmpty(), "nothing more is needed");
        drop(desktop, "notes.txt", "text/plain", "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        desktop.waitForText("section[aria-labelledby=documents-title] [role=status]", "notes.txt was not accepted");
        assertEquals(2, desktop.all(".documents li").size(), "the refused file is not listed");

        String markup = "Here you are <b>bold</b>";
        tabTo(desktop, "message", markup);
        java.nio.file.Path receipt = java.nio.file.Files.createTempFile("receipt", ".pdf");
        java.nio.file.Files.write(receipt, TestFiles.pdf(1));
        desktop.find("#message-file").sendKeys(receipt.toAbsolutePath().toString()); // a file goes with the message
        desktop.click("section[aria-labelledby=messages-title] button[type=submit]");
        desktop.waitForText(".messages", markup); // shown as text, not as markup
        desktop.waitForText(".messages .attachment", "Attached: " + receipt.getFileName());
        assertEquals(201, Http.post("/api/v1/admin/claims/" + claim[2] + "/messages", reviewer,
                "{\"body\": \"Thank you, we have all we need.\"}").status());
        desktop.driver.navigate().refresh();
        desktop.waitForText(".messages", "Thank you, we have all we need.");
        accessibleAsShown(desktop, "portal/claim-after-1280");

        desktop.open("/claims/" + second.json().getString("id"));
        desktop.waitForText("h1", "Claim " + second.json().getString("reference"));
        desktop.click("#withdraw");
        desktop.find("dialog[open]");
        accessibleAsShown(desktop, "portal/claim-withdraw-dialog-1280");
        focused(desktop).sendKeys(Keys.ESCAPE);
        assertEquals("withdraw", focused(desktop).getAttribute("id"), "Escape closes and gives the focus back");
        desktop.click("#withdraw");
        desktop.type("#withdraw-reason", "The airline paid me.");
        desktop.click("dialog[open] button[type=submit]");
        desktop.waitForText(".verdict", "Withdrawn");
    }

    /** Drops a file on the upload area as a browser does (Selenium cannot drag from the desktop). */
    private static void drop(Browser b, String name, String type, byte[] bytes) {
        b.driver.executeScript("""
                const bytes = Uint8Array.from(atob(arguments[1]), c => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], arguments[2], {type: arguments[3]}));
                arguments[0].dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
                """, b.find("[data-testid=drop-area]"), java.util.Base64.getEncoder().encodeToString(bytes), name, type);
    }

    @Test
    void aPassengerSignsInThroughTheEmailedLinkSeesTheirClaimsAndSignsOut() throws Exception {
        newVisitor(desktop);
        String[] claim = ClaimLifecycleIT.newClaim("LH" + (100 + System.nanoTime() % 800), "Portal");
        String email = claim[0];
        desktop.open("/claims");
        desktop.waitForText("main", "Sign in to see your claims");
        accessibleAsShown(desktop, "portal/claims-signed-out-1280");
        desktop.click("main a[href='/signin']");
        signInThroughTheLink(desktop, email, true);
        desktop.waitForText(".claims", claim[3]);
        assertTrue(desktop.text(".claims").contains("Submitted"), desktop.text(".claims"));
        accessibleAsShown(desktop, "portal/claims-1280");
        Object kept = desktop.driver.executeScript(
                "return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie");
        assertFalse(String.valueOf(kept).contains("eyJ") || String.valueOf(kept).contains("fc_refresh"),
                "no token where a script can read it: " + kept);

        desktop.driver.navigate().refresh(); // the access token was in memory only: the cookie brings a new one
        desktop.waitForText(".claims", claim[3]);

        JsonObject elsewhere = MagicLinkSignInIT.signIn(email); // signed in on another device too
        String otherDevice = elsewhere.getString("refreshToken");
        // the other device downloads the data too: the browser's download below is the last of the hour
        DocumentUploadIT.notNearTheHour(Duration.ofSeconds(90)); // the limit counts per clock hour
        for (int i = 1; i < IntegrationStack.DATA_EXPORTS_PER_HOUR; i++) {
            assertEquals(200, Http.get("/api/v1/account/data-export", elsewhere.getString("accessToken")).status());
        }
        follow(desktop, "/account", "Your account");
        desktop.waitForText(".sessions", "This device");
        accessibleAsShown(desktop, "portal/account-1280");
        desktop.click(".sessions button.secondary");
        desktop.waitForText("section[aria-labelledby=sessions-title] [role=status]", "Signed out on");
        assertEquals(401, Http.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + otherDevice + "\"}").status(),
                "the other device's session has ended");
        // everything we hold, as a zip the browser saves (the token in a header, never in a link)
        desktop.click("#download-data");
        desktop.waitForText("section[aria-labelledby=data-title] [role=status]", "flightclaim-personal-data-");
        assertTrue(desktop.find("section[aria-labelledby=data-title] [role=status]").getText().matches(
                "flightclaim-personal-data-\\d{4}-\\d{2}-\\d{2}\\.zip is downloaded \\(\\d+ KB\\)\\."),
                desktop.find("section[aria-labelledby=data-title] [role=status]").getText());
        desktop.click("#download-data"); // one more: refused, and the page says when to come back
        desktop.waitForText("section[aria-labelledby=data-title] [role=status]", "Please try again in");
        assertTrue(desktop.find("section[aria-labelledby=data-title] [role=status]").getText().matches(
                "You have downloaded your data several times this hour\\. Please try again in (1 minute|\\d+ minutes)\\."),
                desktop.find("section[aria-labelledby=data-title] [role=status]").getText());
        // asking for erasure: staff decide, the page says it waits (DataErasureIT follows it further)
        desktop.click("#erase-data");
        desktop.waitForText("#erasure-state", "Our team has not decided yet.");
        assertTrue(desktop.all("#erase-data").isEmpty(), "asked once");
        desktop.click("a[href='/claims']");
        desktop.waitForText(".claims", claim[3]);

        desktop.click("main button.secondary"); // sign out
        desktop.waitForText("h1", "Sign in");
        desktop.open("/claims");
        desktop.waitForText("main", "Sign in to see your claims");
    }

    @Test
    void theLanguageCanBeSwitchedAndIsKept() {
        openCheck(desktop);
        try {
            new org.openqa.selenium.support.ui.Select(desktop.find(".language select")).selectByValue("de");
            desktop.waitForText("h1", "Entschädigung");
            assertEquals("de", desktop.find("html").getAttribute("lang"));
            desktop.open("/");
            desktop.waitForText("h1", "Entschädigung");
            accessibleAsShown(desktop, "portal/check-de-1280");
        } finally {
            new org.openqa.selenium.support.ui.Select(desktop.find(".language select")).selectByValue("en");
            desktop.waitForText("h1", "Is compensation due");
        }
    }

    /** A text of the portal in a language, by its key (dotted), up to its first placeholder. */
    private static String text(String language, String key) throws Exception {
        jakarta.json.JsonObject texts;
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(
                "../auth-web/src/main/frontend/src/locales/" + language + ".json"))) {
            texts = jakarta.json.Json.createReader(in).readObject();
        }
        String[] path = key.split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            texts = texts.getJsonObject(path[i]);
        }
        String value = texts.getString(path[path.length - 1]);
        return value.contains("{{") ? value.substring(0, value.indexOf("{{")) : value;
    }

    /** The subject of a customer email in a language, as its template writes it. */
    private static String subject(String language, String template, String reference) throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("../claims-ejb/src/main/resources/templates/email/"
                + language + "/" + template + ".subject.mustache")).strip().replace("{{reference}}", reference);
    }

    /**
     * The whole journey in German and in Polish: the language chosen on the first page, then the check,
     * the sign-in link (its email and its page in that language), the claim signed with a drawing, the
     * claim's page, the confirmation email and the signed PDF in that language; in Polish the details
     * are changed afterwards.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"de", "pl"})
    void aPassengerClaimsEndToEndInTheirLanguage(String language) throws Exception {
        newVisitor(desktop);
        String email = "portal-" + language + "-" + System.nanoTime() + "@example.com";
        String lastName = "Żak" + System.nanoTime() % 100000;
        openCheck(desktop);
        new org.openqa.selenium.support.ui.Select(desktop.find("label.language select")).selectByValue(language);
        desktop.waitForText("h1", text(language, "check.title"));
        tabTo(desktop, "leg-0-from", "FRA");
        tabTo(desktop, "leg-0-to", "JFK");
        tabTo(desktop, "leg-0-carrier", "LH");
        tabTo(desktop, "leg-0-flightNumber", "LH400");
        tabTo(desktop, "delay-hours", "4", Keys.ENTER);
        desktop.waitForText("#result-title", text(language, "result.title"));
        accessibleAsShown(desktop, "portal/check-answer-" + language + "-1280");
        desktop.click(".result button");
        desktop.click("main a[href='/signin']");

        desktop.waitForText("h1", text(language, "signIn.title"));
        int before = Mailbox.to(email).size();
        tabTo(desktop, "email", email, Keys.ENTER);
        desktop.waitForText("h1", text(language, "signIn.sentTitle"));
        // the sign-in email in the language it was asked in
        desktop.driver.get(MagicLinkSignInIT.linkIn(Mailbox.await(email, before), subject(language, "magic-link", ""))
                .group(1));
        desktop.waitForText("#continue", language.equals("de") ? "Weiter" : "Dalej"); // the link's page too
        accessibleAsShown(desktop, "portal/signin-link-" + language + "-1280");
        desktop.click("#continue");
        desktop.waitForPath("/claims");
        desktop.waitForText("h1", text(language, "claims.title"));
        desktop.click("a[href='/claims/new']");

        desktop.waitForText("h1", text(language, "newClaim.title"));
        tabTo(desktop, "leg-0-date");
        desktop.find("#leg-0-date").sendKeys("06012026");
        tabTo(desktop, "passenger-0-firstName", "Łucja");
        tabTo(desktop, "passenger-0-lastName", lastName);
        desktop.click(".step-buttons button:not(.secondary)");
        tabTo(desktop, "payout-accountHolder", "Łucja " + lastName);
        tabTo(desktop, "payout-iban", "DE89 3704 0044 0532 0130 00");
        desktop.click(".step-buttons button:not(.secondary)");
        jakarta.json.JsonObject terms = Http.get("/api/v1/terms?lang=" + language).json();
        desktop.waitForText("#terms-heading", terms.getString("title"));
        tabTo(desktop, "consent-terms", Keys.SPACE);
        tabTo(desktop, "consent-assignment", Keys.SPACE);
        tabTo(desktop, "signature-0-signedBy", "Łucja " + lastName);
        draw(desktop, "#signature-0-drawing");
        accessibleAsShown(desktop, "portal/new-claim-sign-" + language + "-1280");
        desktop.click("form button[type=submit]");

        desktop.waitForText(".verdict", text(language, "status.submitted"));
        String reference = desktop.find("h1").getText().replaceAll(".*(FC-\\d{4}-\\d{6}).*", "$1");
        accessibleAsShown(desktop, "portal/claim-" + language + "-1280");
        assertEquals(subject(language, "claim-submitted", reference), Mailbox.await(email, before + 1).getSubject(),
                "the confirmation in the customer's language");
        signedAssignmentOpens(desktop.driver.getCurrentUrl().replaceAll(".*/claims/", ""), terms.getString("title"),
                "signed by the passenger: Łucja " + lastName);

        if (language.equals("pl")) {
            desktop.click("#edit-details");
            desktop.waitForText("#edit-title", text(language, "edit.title"));
            accessibleAsShown(desktop, "portal/claim-edit-" + language + "-1280");
            desktop.find("#edit-contact-phone").clear();
            tabTo(desktop, "edit-contact-phone", "+48 22 123 45 67");
            desktop.click("form[aria-labelledby=edit-title] button[type=submit]");
            desktop.waitForText("section[aria-labelledby=details-title] [role=status]", text(language, "edit.saved"));
            desktop.waitForText(".timeline", "contact");
        }
    }

    @Test
    void onAPhonesWidthNothingIsCutOrScrollsSideways() throws Exception {
        try (Browser phone = new Browser(360, 740)) {
            phone.open("/");
            phone.waitForText("h1", "Is compensation due");
            fitsAPhone(phone, "portal/check-360");
            tabTo(phone, "leg-0-from", "FRA");
            tabTo(phone, "leg-0-to", "JFK");
            tabTo(phone, "leg-0-carrier", "LH");
            tabTo(phone, "delay-hours", "4", Keys.ENTER);
            phone.waitForText("#result-title", "Your answer");
            fitsAPhone(phone, "portal/check-answer-360");
            phone.click(".result button");
            phone.waitForText("main", "Sign in to claim");
            fitsAPhone(phone, "portal/new-claim-signed-out-360");
            String email = "phone-" + System.nanoTime() + "@example.com";
            phone.click("main a[href='/signin']");
            signInThroughTheLink(phone, email, false);
            fitsAPhone(phone, "portal/claims-360");
            follow(phone, "/claims/new", "Claim your compensation");
            fitsAPhone(phone, "portal/new-claim-360");
            follow(phone, "/account", "Your account");
            fitsAPhone(phone, "portal/account-360");
        }
    }

    /** No critical or serious axe-core violation, and nothing wider than the phone (no sideways scrolling). */
    private static void fitsAPhone(Browser phone, String screenshot) {
        fits(phone, screenshot, 360);
    }

    private static void fits(Browser b, String screenshot, int width) {
        accessibleAsShown(b, screenshot);
        Object wide = b.driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(((Number) wide).intValue() <= width, screenshot + ": page width " + wide);
    }

    /**
     * 200 % zoom of a 1280 × 800 window (WCAG 1.4.4 and 1.4.10): 640 × 400 CSS pixels at twice the
     * density, as Chromium zooms. Every page keeps its content without sideways scrolling.
     */
    @Test
    void atTwiceTheZoomNothingIsLostOrScrollsSideways() throws Exception {
        try (Browser zoomed = new Browser(1280, 800)) {
            zoomed.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 640,
                    "height", 400, "deviceScaleFactor", 2, "mobile", false));
            zoomed.open("/");
            zoomed.waitForText("h1", "Is compensation due");
            fits(zoomed, "portal/check-200pct", 640);
            tabTo(zoomed, "leg-0-from", "FRA");
            tabTo(zoomed, "leg-0-to", "JFK");
            tabTo(zoomed, "leg-0-carrier", "LH");
            tabTo(zoomed, "delay-hours", "4", Keys.ENTER);
            zoomed.waitForText("#result-title", "Your answer");
            fits(zoomed, "portal/check-answer-200pct", 640);
            zoomed.click(".result button");
            zoomed.click("main a[href='/signin']");
            signInThroughTheLink(zoomed, "zoom-" + System.nanoTime() + "@example.com", false);
            fits(zoomed, "portal/claims-200pct", 640);
            follow(zoomed, "/claims/new", "Claim your compensation");
            fits(zoomed, "portal/new-claim-200pct", 640);
            zoomed.click(".step-buttons button:not(.secondary)");
            zoomed.click(".step-buttons button:not(.secondary)");
            zoomed.waitForText("h2.step", "Step 3 of 3");
            assertTrue(zoomed.all(".error-summary").isEmpty(), "reaching the last step submits nothing");
            fits(zoomed, "portal/new-claim-sign-200pct", 640);
            follow(zoomed, "/account", "Your account");
            fits(zoomed, "portal/account-200pct", 640);
        }
    }

    @Test
    void deepLinksGetThePortalWithItsSecurityHeadersAndTheApiKeepsItsAnswers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(IntegrationStack.httpBase()
                + "/claims/FC-2026-000123")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"root\">"), page.body());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe"), csp);
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals(404, Http.get("/api/v1/nothing-here").status(), "the API's own 404");
        assertTrue(Http.get("/api/v1/nothing-here").body().contains("not-found"));

        desktop.open("/no/such/page");
        desktop.waitForText("h1", "There is no page at this address");
        assertEquals(List.of(), desktop.accessibilityViolations("body"));
    }
}
