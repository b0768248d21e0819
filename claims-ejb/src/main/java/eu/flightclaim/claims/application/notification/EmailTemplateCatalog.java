package eu.flightclaim.claims.application.notification;

import eu.flightclaim.claims.application.audit.AuditLog;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;

import eu.flightclaim.claims.domain.model.notification.EmailTemplateOverrideRepository;
import eu.flightclaim.claims.domain.model.notification.EmailTemplateOverrideRepository.Edit;
import eu.flightclaim.claims.domain.model.notification.RenderedEmail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The email templates as staff see and edit them: the shipped files, replaced part by part by
 * edited sources kept in the database. An edit is checked (compiles, uses only the email's values)
 * before it is saved, so a broken template never reaches the outbox.
 */
@Stateless
public class EmailTemplateCatalog {

    /** One template as it is sent now. */
    public record Template(String name, Map<String, String> parts, Set<String> customised, Set<String> variables,
            String updatedBy, OffsetDateTime updatedAt) implements Serializable {
    }

    @Inject
    private EmailTemplateOverrideRepository edits;
    @Inject
    private EmailTemplateEngine templates;
    @EJB
    private AuditLog audit;

    public List<String> names() {
        return EmailTemplateEngine.NAMES;
    }

    /** The edited parts of one template (part name → source); empty when it is as shipped. */
    public Map<String, String> overrides(String name) {
        return sources(edits.of(name));
    }

    private static Map<String, String> sources(List<Edit> saved) {
        Map<String, String> out = new HashMap<>();
        saved.forEach(e -> out.put(e.part(), e.source()));
        return out;
    }

    /**
     * Renders an email in a language: the shipped text in that language where there is one (staff
     * edits are made to the English text and apply to English emails); else the English as it is now.
     */
    public RenderedEmail render(String name, Map<String, Object> model, String language) {
        return templates.speaks(name, language) ? templates.render(name, model, language) : render(name, model);
    }

    /** Renders an email with the template as it is now (edited parts first). */
    public RenderedEmail render(String name, Map<String, Object> model) {
        return templates.render(name, model, overrides(name));
    }

    public Template get(String name) {
        known(name);
        List<Edit> saved = edits.of(name);
        Map<String, String> edited = sources(saved);
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : EmailTemplateEngine.PARTS) {
            parts.put(part, edited.getOrDefault(part, templates.defaultSource(name, part)));
        }
        Optional<Edit> last = saved.stream().max(Comparator.comparing(Edit::updatedAt));
        return new Template(name, parts, Set.copyOf(edited.keySet()), templates.variables(name),
                last.map(Edit::updatedBy).orElse(null), last.map(Edit::updatedAt).orElse(null));
    }

    /** The email these sources would send, with sample values; refuses a broken template. */
    public RenderedEmail preview(String name, Map<String, String> parts) {
        known(name);
        try {
            return templates.check(name, parts);
        } catch (IllegalArgumentException | com.github.mustachejava.MustacheException e) { // e.g. a bad value lookup
            throw new InvalidInputException(brokenPart(name, parts), e.getMessage());
        }
    }

    /** The first part that fails on its own (subject, txt or html), so the editor can point at it. */
    private String brokenPart(String name, Map<String, String> parts) {
        for (String part : EmailTemplateEngine.PARTS) {
            if (parts.get(part) != null) {
                try {
                    templates.check(name, Map.of(part, parts.get(part)));
                } catch (IllegalArgumentException | com.github.mustachejava.MustacheException e) {
                    return part;
                }
            }
        }
        return "template";
    }

    /** Saves the parts that differ from the shipped files (and drops edits set back to them). */
    public Template save(String actor, String name, Map<String, String> parts) {
        preview(name, parts);
        Map<String, String> before = overrides(name);
        for (String part : EmailTemplateEngine.PARTS) {
            String source = parts.get(part);
            if (source == null) {
                continue;
            }
            if (source.equals(templates.defaultSource(name, part))) {
                edits.remove(name, part);
            } else {
                edits.save(name, part, source, actor);
            }
        }
        audit.record(actor, "email-template.save", "email-template:" + name, before, overrides(name));
        return get(name);
    }

    /** Back to the shipped files. */
    public Template reset(String actor, String name) {
        known(name);
        Map<String, String> before = overrides(name);
        edits.removeAll(name);
        audit.record(actor, "email-template.reset", "email-template:" + name, before, null);
        return get(name);
    }

    private void known(String name) {
        if (!EmailTemplateEngine.NAMES.contains(name)) {
            throw new NotFoundException("email template", name);
        }
    }
}
