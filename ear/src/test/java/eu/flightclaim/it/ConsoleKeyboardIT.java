package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * A claims handler's main flows with the keyboard alone (Tab, Enter, the arrow keys, Escape; no mouse,
 * no script setting values): sign in, find a claim, move it, preview and approve its document, request
 * another, reject the claim with the reason the customer is told (refused first without one), sign out
 * with the real button, and a wrong password after it; an admin deciding a customer's erasure request.
 * Each element the focus passes must show it, and after each action the focus must be where the person
 * continues.
 */
class ConsoleKeyboardIT extends EarDeployment {

    private static String reviewer;
    private static String[] claim; // customer email, token, claim id, reference
    private static Browser browser;

    /** The class's browser: closed after the last test, evidence kept of a failed one. */
    @RegisterExtension
    static final Browser.Shared SHARED = new Browser.Shared();

    @BeforeAll
    static void setUp() throws Exception {
        Browser.assumeInstalledAndStackReady();
        reviewer = Staff.create("reviewer");
        claim = ClaimLifecycleIT.newClaim("LH" + (100 + System.nanoTime() % 800), "Keyboard-" + System.nanoTime());
        DocumentUploadIT.scannedBoardingPass(claim[1], claim[2]);
        browser = SHARED.open(1280, 800);
    }

    @Test
    void aClaimIsWorkedFromSignInToSignOutWithTheKeyboardAlone() {
        Browser b = browser;
        signIn(reviewer);

        // find the claim: menu, filter, the skip link, the result
        b.find("#numbers");
        b.tabTo("[id='nav:m-claims']", 6);
        b.press(Keys.ENTER);
        b.waitForPath("/admin/claims.xhtml");
        b.find("[id='filters:q']");
        b.tabTo("[id='filters:q']", 20);
        b.press(claim[3], Keys.ENTER);
        b.waitForText("[id='list:claims']", claim[3]);
        assertEquals(1, b.all("[id='list:claims_data'] tr").size(), "only the claim searched for");
        awaitFocus("#results", "the results after Apply");
        b.tabTo("[id='list:claims_data'] a.fc-ref", 12);
        b.press(Keys.ENTER);
        b.waitForPath("/admin/claim.xhtml?id=" + claim[2]);

        // move it under review: the status menu by its arrow keys, then Move; focus lands on the new status
        b.find("#engine");
        b.tabTo(".fc-skip", 1);
        b.press(Keys.ENTER);
        b.tabTo("[id='head:to_label']", 8);
        chooseByArrows("head:to", "Under review");
        b.tabTo("[id='head:move']", 2);
        b.press(Keys.ENTER);
        b.waitForText("#status", "Under review");
        awaitFocus("#status", "the new status after Move");

        // the document: preview it (Escape closes, focus comes back), preview it again and approve it there
        // (focus on the documents)
        b.tabTo("[id='docs:list_data'] .fc-preview", 40);
        b.press(Keys.ENTER);
        b.find("img.fc-preview-image");
        b.press(Keys.ESCAPE);
        Await.until("the preview closed by Escape", Duration.ofSeconds(5),
                () -> b.all("[id='preview']").stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed) ? null : true);
        awaitFocus("[id='docs:list_data'] .fc-preview", "the Preview button after the preview closed");
        b.press(Keys.ENTER);
        b.find("img.fc-preview-image");
        b.tabTo("[id='previewActions:approve']", 4);
        b.press(Keys.ENTER);
        b.waitForText("[id='docs:list_data']", "Approved");
        awaitFocus("#documents-heading", "the documents after Approve");

        // request another document: type by arrows, the message typed, Request
        b.tabTo("[id='request:type_label']", 10);
        chooseByArrows("request:type", "Receipt");
        b.tabTo("[id='request:msg']", 2);
        b.press("Please send the receipt for your meals.");
        b.tabTo("[id='request:ask']", 2);
        b.press(Keys.ENTER);
        b.waitForText("#status", "Documents requested");
        awaitFocus("[id='request:ask']", "the Request button after the request");
        Mailbox.awaitText(claim[0], "Please send the receipt for your meals.");

        // reject the claim: without the reason the customer is told it is refused at the reason, focus there
        b.tabBackTo("[id='head:to_label']", 60);
        chooseByArrows("head:to", "Rejected");
        b.tabTo("[id='head:move']", 2);
        b.press(Keys.ENTER);
        awaitFocus("[id='head:reason']", "the refused reason");
        assertTrue(b.problems().contains("reason"), b.problems());
        b.press("The flight was not operated by an EU carrier.");
        b.tabTo("[id='head:move']", 1);
        b.press(Keys.ENTER);
        b.waitForText("#status", "Rejected");
        awaitFocus("#status", "the new status after the reason was given");
        assertTrue(b.all("#problems .ui-messages-error").isEmpty(), "the refusal is gone once fixed");

        // sign out with the real button, then a wrong password: the login page says so
        b.tabBackTo("[id='nav:signout']", 12);
        b.press(Keys.ENTER);
        b.waitForText("body", "You are signed out.");
        assertTrue(b.focusIsOn("#j_username"), "the login page starts in the email field");
        b.press(reviewer);
        b.tabTo("#j_password", 1);
        b.press("not the password", Keys.ENTER);
        b.find("#login-error");
        assertTrue(b.url().contains("/admin/login.xhtml?error=true"), b.url());
        assertTrue(b.text("#login-error").contains("not right"), b.text("#login-error"));
        b.screenshot("console/keyboard-signed-out-refused");
    }

    @Test
    void anAdminDecidesAnErasureRequestWithTheKeyboardAlone() throws Exception {
        String email = "erase-keys-" + System.nanoTime() + "@example.com";
        String token = MagicLinkSignInIT.signIn(email).getString("accessToken");
        assertEquals(202, Http.post("/api/v1/account/erasure-request", token, null).status());
        Browser b = browser;
        signIn(Staff.create("admin"));

        // the menu to the page, the request's Decide button; the dialog opens in the note
        b.find("#numbers");
        b.tabTo("[id='nav:m-privacy']", 12);
        b.press(Keys.ENTER);
        b.waitForPath("/admin/privacy.xhtml");
        String decide = "button[title='Decide the request of " + email + "']";
        b.find(decide);
        b.tabTo(decide, 120);
        b.press(Keys.ENTER);
        awaitFocus("[id='decideForm:note']", "the note when the dialog opens");

        // Escape closes it and gives the focus back to the button that opened it
        b.press(Keys.ESCAPE);
        awaitFocus(decide, "the Decide button after Escape");
        b.press(Keys.ENTER);
        awaitFocus("[id='decideForm:note']", "the note when the dialog opens again");

        // refused without the note the customer is told: focus stays on the note, which says why
        b.tabTo("[id='decideForm:refuse']", 3);
        b.press(Keys.ENTER);
        awaitFocus("[id='decideForm:note']", "the refused note");
        assertTrue(b.problems().contains("Say why the request is refused"), b.problems());
        b.press("Your claim LH400 is in court: we must keep its data until the case ends.");
        b.tabTo("[id='decideForm:refuse']", 3);
        b.press(Keys.ENTER);
        Await.until("the request refused", Duration.ofSeconds(10),
                () -> b.all(decide).isEmpty() && b.text("[id='requests:list']").contains("Your claim LH400") ? true : null);
        awaitFocus("#requests-heading", "the requests' heading after the decision");
        assertEquals("refused", Http.get("/api/v1/account/erasure-request", token).json().getString("status"));
    }

    /** Signs in with the keyboard: the email field has the focus when the login page opens. */
    private static void signIn(String staffEmail) {
        Browser b = browser;
        b.driver.manage().deleteAllCookies(); // a fresh session, whatever the test before left
        b.open("/admin/login.xhtml");
        b.find("#j_username");
        assertTrue(b.focusIsOn("#j_username"), "the login page starts in the email field");
        b.press(staffEmail);
        b.tabTo("#j_password", 1);
        b.press(Staff.PASSWORD);
        b.tabTo("#j_totp", 1);
        b.press(Keys.ENTER);
        b.waitForPath("/admin/dashboard.xhtml");
    }

    /**
     * Picks an option of a PrimeFaces menu that has the focus with the Down arrow (each press selects the
     * next option, as in a native select).
     */
    private static void chooseByArrows(String menuId, String label) {
        for (int presses = 0; presses < 12; presses++) {
            if (browser.text("[id='" + menuId + "_label']").equals(label)) {
                return;
            }
            browser.press(Keys.ARROW_DOWN);
            browser.ajaxDone();
        }
        throw new AssertionError(label + " not reached with the arrow keys in " + menuId);
    }

    private static void awaitFocus(String css, String what) {
        try {
            Await.until("focus on " + what, Duration.ofSeconds(5), () -> browser.focusIsOn(css) ? true : null);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it is on " + browser.focused(), e);
        }
    }
}
