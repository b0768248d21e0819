package eu.flightclaim.claims.application.notification;

import eu.flightclaim.claims.application.identity.AuditLog;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;

import eu.flightclaim.claims.infrastructure.mail.EmailTemplates;
import eu.flightclaim.claims.infrastructure.mail.RenderedEmail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            String updatedBy, OffsetDateTime updatedAt) {
    }

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;
    @Inject
    private EmailTemplates templates;
    @EJB
    private AuditLog audit;

    public List<String> names() {
        return EmailTemplates.NAMES;
    }

    /** The edited parts of one template (part name → source); empty when it is as shipped. */
    @SuppressWarnings("unchecked")
    public Map<String, String> overrides(String name) {
        Map<String, String> out = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT part, source FROM email_template_override WHERE name = ?")
                .setParameter(1, name).getResultList()).forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    /** Renders an email with the template as it is now (edited parts first). */
    public RenderedEmail render(String name, Map<String, Object> model) {
        return templates.render(name, model, overrides(name));
    }

    @SuppressWarnings("unchecked")
    public Template get(String name) {
        known(name);
        Map<String, String> edited = overrides(name);
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : EmailTemplates.PARTS) {
            parts.put(part, edited.getOrDefault(part, templates.defaultSource(name, part)));
        }
        List<Object[]> last = em.createNativeQuery("SELECT updated_by, updated_at FROM email_template_override"
                + " WHERE name = ? ORDER BY updated_at DESC LIMIT 1").setParameter(1, name).getResultList();
        return new Template(name, parts, Set.copyOf(edited.keySet()), templates.variables(name),
                last.isEmpty() ? null : (String) last.get(0)[0],
                last.isEmpty() ? null : eu.flightclaim.claims.infrastructure.persistence.SqlValues.offsetDateTime(last.get(0)[1]));
    }

    /** The email these sources would send, with sample values; refuses a broken template. */
    public RenderedEmail preview(String name, Map<String, String> parts) {
        known(name);
        try {
            return templates.check(name, parts);
        } catch (IllegalArgumentException | com.github.mustachejava.MustacheException e) { // e.g. a bad value lookup
            throw new InvalidInputException("template", e.getMessage());
        }
    }

    /** Saves the parts that differ from the shipped files (and drops edits set back to them). */
    public Template save(String actor, String name, Map<String, String> parts) {
        preview(name, parts);
        Map<String, String> before = overrides(name);
        for (String part : EmailTemplates.PARTS) {
            String source = parts.get(part);
            if (source == null) {
                continue;
            }
            if (source.equals(templates.defaultSource(name, part))) {
                em.createNativeQuery("DELETE FROM email_template_override WHERE name = ? AND part = ?")
                        .setParameter(1, name).setParameter(2, part).executeUpdate();
            } else {
                em.createNativeQuery("INSERT INTO email_template_override (name, part, source, updated_by) VALUES"
                        + " (?, ?, ?, ?) ON CONFLICT (name, part) DO UPDATE SET source = EXCLUDED.source,"
                        + " updated_by = EXCLUDED.updated_by, updated_at = now()").setParameter(1, name)
                        .setParameter(2, part).setParameter(3, source).setParameter(4, actor).executeUpdate();
            }
        }
        audit.record(actor, "email-template.save", "email-template:" + name, before, overrides(name));
        return get(name);
    }

    /** Back to the shipped files. */
    public Template reset(String actor, String name) {
        known(name);
        Map<String, String> before = overrides(name);
        em.createNativeQuery("DELETE FROM email_template_override WHERE name = ?").setParameter(1, name).executeUpdate();
        audit.record(actor, "email-template.reset", "email-template:" + name, before, null);
        return get(name);
    }

    private void known(String name) {
        if (!EmailTemplates.NAMES.contains(name)) {
            throw new NotFoundException("email template", name);
        }
    }
}
