package eu.flightclaim.claims.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailTemplatesTest {

    private final EmailTemplates templates = new EmailTemplates();

    @Test
    void rendersSubjectTextAndHtml() {
        RenderedEmail email = templates.render("test-email",
                Map.of("requestedBy", "ops@example.com", "requestedAt", "2026-11-21T10:00Z", "baseUrl", "https://fc.example"));
        assertEquals("Flight Claim test email", email.subject());
        assertTrue(email.text().contains("Requested by: ops@example.com"));
        assertTrue(email.html().contains("<td>ops@example.com</td>"));
        assertTrue(email.html().contains("href=\"https://fc.example\""));
    }

    @Test
    void escapesMarkupInTheHtmlBodyOnly() {
        RenderedEmail email = templates.render("test-email", Map.of("requestedBy", "<script>alert(1)</script> & co"));
        assertFalse(email.html().contains("<script>"));
        assertTrue(email.html().contains("&lt;script&gt;"));
        assertTrue(email.text().contains("<script>alert(1)</script> & co"), "plain text is not HTML-escaped");
    }

    @Test
    void knowsWhichTemplatesExist() {
        assertTrue(templates.exists("test-email"));
        assertFalse(templates.exists("no-such-template"));
        assertFalse(templates.exists("../../META-INF/persistence"));
        assertThrows(IllegalArgumentException.class, () -> templates.render("no-such-template", Map.of()));
    }
}
