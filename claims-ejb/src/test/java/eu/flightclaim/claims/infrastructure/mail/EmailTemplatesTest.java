package eu.flightclaim.claims.infrastructure.mail;

import eu.flightclaim.claims.application.notification.EmailTemplateEngine;
import eu.flightclaim.claims.domain.model.notification.RenderedEmail;

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

    @Test
    void staffDigestListsEveryClaim() {
        // the model arrives as the outbox stored it: JSON read back into maps and lists
        RenderedEmail email = templates.render("staff-deadline-digest", Map.of("count", 2, "days", 30, "claims",
                java.util.List.of(Map.of("reference", "FC-2026-000001", "deadline", "2026-12-01", "status", "submitted",
                        "assignee", "unassigned"), Map.of("reference", "FC-2026-000002", "deadline", "2026-12-02",
                        "status", "under review", "assignee", "Grace"))));
        assertEquals("2 undecided claim(s) within 30 days of their deadline", email.subject());
        assertTrue(email.text().contains("- FC-2026-000001  deadline 2026-12-01  submitted  (unassigned)"));
        assertTrue(email.html().contains("<td>FC-2026-000002</td><td>2026-12-02</td><td>under review</td><td>Grace</td>"));
    }

    @Test
    void everyClaimStatusHasItsTemplate() {
        for (String t : java.util.List.of("claim-submitted", "claim-status", "claim-documents-requested", "claim-approved",
                "claim-rejected", "claim-paid", "claim-message", "claim-document-reminder", "claim-document-rejected")) {
            RenderedEmail email = templates.render(t, Map.of("reference", "FC-2026-000007", "reason", "Because.",
                    "status", "under review", "body", "Hi", "documents", "receipt", "days", 7, "fileName", "a.pdf",
                    "documentType", "receipt"));
            assertTrue(email.subject().contains("FC-2026-000007"), t);
            assertTrue(email.text().contains("FC-2026-000007"), t);
        }
        assertTrue(templates.render("claim-rejected", Map.of("reference", "X", "reason", "Extraordinary circumstances."))
                .text().contains("Extraordinary circumstances."));
    }

    /**
     * Every language folder holds every customer email, each part using exactly the values the English
     * part uses: a translation cannot drop the link or the reference, nor ask for a value that is not there.
     */
    @Test
    void everyLanguageHasEveryCustomerEmailWithTheEnglishValues() throws Exception {
        java.util.List<String> languages = new java.util.ArrayList<>();
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/templates/email"))) {
            dirs.filter(java.nio.file.Files::isDirectory).forEach(d -> languages.add(d.getFileName().toString()));
        }
        assertEquals(java.util.Set.of("de", "fr", "es", "it", "nl", "pl"), java.util.Set.copyOf(languages));
        com.github.mustachejava.MustacheFactory factory = new com.github.mustachejava.DefaultMustacheFactory();
        for (String language : languages) {
            for (String name : EmailTemplateEngine.NAMES) {
                boolean customers = name.startsWith("claim-") || name.equals("magic-link");
                assertEquals(customers, templates.speaks(name, language), language + "/" + name);
                if (!customers) {
                    continue;
                }
                for (String part : EmailTemplateEngine.PARTS) {
                    String translated = java.nio.file.Files.readString(java.nio.file.Path.of(
                            "src/main/resources/templates/email/" + language + "/" + name + "." + part + ".mustache"));
                    assertEquals(tags(templates.defaultSource(name, part)), tags(translated),
                            language + "/" + name + "." + part);
                }
            }
        }
    }

    private static java.util.List<String> tags(String source) {
        java.util.List<String> tags = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{[^}]+}}}?").matcher(source);
        while (m.find()) {
            tags.add(m.group());
        }
        java.util.Collections.sort(tags);
        return tags;
    }

    @Test
    void aCustomersEmailIsInTheirLanguageAndEnglishWhereThereIsNone() {
        Map<String, Object> model = Map.of("link", "https://fc.example/login/verify?token=t", "minutes", 15,
                "baseUrl", "https://fc.example");
        RenderedEmail german = templates.render("magic-link", model, "de");
        assertTrue(german.html().contains("lang=\"de\""));
        assertTrue(german.text().contains("https://fc.example/login/verify?token=t"));
        assertFalse(german.subject().equals(templates.render("magic-link", model).subject()));
        assertFalse(templates.speaks("magic-link", "en"), "English is the shipped text itself");
        assertFalse(templates.speaks("magic-link", "sv"));
        assertFalse(templates.speaks("magic-link", "../"));
        assertThrows(IllegalArgumentException.class, () -> templates.render("magic-link", model, "sv"));
    }

    /** A status and document types read as the portal says them in that language. */
    @Test
    void wordsInAnEmailAreThePortalsWordsInItsLanguage() {
        RenderedEmail status = templates.render("claim-status", Map.of("reference", "FC-2026-000001", "status",
                "under review", "reason", "", "baseUrl", "https://fc.example"), "de");
        assertTrue(status.text().contains("Wird geprüft"), status.text());
        RenderedEmail reminder = templates.render("claim-document-reminder", Map.of("reference", "FC-2026-000001",
                "documents", "boarding pass, delay certificate", "days", 7, "baseUrl", "https://fc.example"), "pl");
        assertTrue(reminder.text().contains("Karta pokładowa, "), reminder.text());
    }

    @Test
    void theListOfTemplatesMatchesTheFiles() throws Exception {
        java.util.Set<String> onDisk = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/templates/email"))) {
            files.filter(java.nio.file.Files::isRegularFile).map(f -> f.getFileName().toString().replaceAll("\\.(subject|txt|html)\\.mustache$", ""))
                    .forEach(onDisk::add);
        }
        assertEquals(onDisk, new java.util.TreeSet<>(EmailTemplateEngine.NAMES));
        for (String name : EmailTemplateEngine.NAMES) {
            for (String part : EmailTemplateEngine.PARTS) {
                assertFalse(templates.defaultSource(name, part).isBlank(), name + "." + part);
            }
        }
    }

    @Test
    void anEditedPartReplacesTheShippedOne() {
        RenderedEmail email = templates.render("test-email", Map.of("requestedBy", "ops@example.com"),
                Map.of("subject", "Edited: test from {{requestedBy}}"));
        assertEquals("Edited: test from ops@example.com", email.subject());
        assertTrue(email.text().contains("Requested by: ops@example.com"), "the other parts stay as shipped");
    }

    @Test
    void aGoodEditIsPreviewedWithSampleValues() {
        RenderedEmail preview = templates.check("claim-approved", Map.of("subject", "Approved: {{reference}}"));
        assertEquals("Approved: [reference]", preview.subject());
        assertTrue(templates.variables("claim-approved").contains("reference"));
        assertFalse(templates.variables("claim-approved").contains("html"), "a part's own name is not a value");
    }

    @Test
    void brokenEditsAreRefusedWithTheReason() {
        IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class,
                () -> templates.check("claim-approved", Map.of("html", "<p>{{#reference}}never closed</p>")));
        assertTrue(unclosed.getMessage().startsWith("The HTML body is not a valid template"), unclosed.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> templates.check("claim-approved", Map.of("txt", "Dear {{customerNmae}}")));
        assertTrue(unknown.getMessage().contains("{{customerNmae}}") && unknown.getMessage().contains("reference"),
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> templates.check("claim-approved", Map.of("txt", "{{> other}}")));
        assertThrows(IllegalArgumentException.class, () -> templates.check("claim-approved", Map.of("subject", "  ")));
    }
}
