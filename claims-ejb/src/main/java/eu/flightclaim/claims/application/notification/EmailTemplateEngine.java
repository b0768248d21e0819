package eu.flightclaim.claims.application.notification;

import eu.flightclaim.claims.domain.model.notification.RenderedEmail;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The email templates: each has a subject, a plain-text and an HTML part that staff may replace
 * with an edited source. Implemented with Mustache by {@code infrastructure.mail.EmailTemplates}.
 */
public interface EmailTemplateEngine {

    /** The parts of a template, as named in its files and in overrides. */
    List<String> PARTS = List.of("subject", "txt", "html");

    /** Every template the application sends. */
    List<String> NAMES = List.of("claim-approved", "claim-document-rejected",
            "claim-document-reminder", "claim-documents-requested", "claim-message", "claim-paid", "claim-rejected",
            "claim-status", "claim-submitted", "magic-link", "staff-deadline-digest", "staff-invitation",
            "staff-password-reset", "test-email");

    boolean exists(String name);

    /** Whether the template has a text in this language (ISO 639-1) other than English. */
    boolean speaks(String name, String language);

    /** Renders the shipped text in this language (one it {@link #speaks}). */
    RenderedEmail render(String name, Map<String, Object> model, String language);

    RenderedEmail render(String name, Map<String, Object> model);

    /** Renders with the edited sources of some parts in place of the shipped ones. */
    RenderedEmail render(String name, Map<String, Object> model, Map<String, String> overrides);

    /** The shipped source of one part. */
    String defaultSource(String name, String part);

    /** The values the shipped template uses: the only ones an edited version may use. */
    Set<String> variables(String name);

    /** Renders edited parts with sample values, refusing sources that do not compile or use unknown values. */
    RenderedEmail check(String name, Map<String, String> edited);
}
