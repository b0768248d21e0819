package eu.flightclaim.claims.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/** Email template edits as SQL. */
final class EmailTemplateOverrideQueries {

    private EmailTemplateOverrideQueries() {
    }

    /** SQL: an upsert (two staff saving the first edit of a part at once make one row), stamped by the database's clock. */
    static void upsert(EntityManager em, String template, String part, String source, String actor) {
        em.createNativeQuery("INSERT INTO email_template_override (name, part, source, updated_by) VALUES"
                + " (?, ?, ?, ?) ON CONFLICT (name, part) DO UPDATE SET source = EXCLUDED.source,"
                + " updated_by = EXCLUDED.updated_by, updated_at = now()").setParameter(1, template)
                .setParameter(2, part).setParameter(3, source).setParameter(4, actor).executeUpdate();
    }
}
