package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.notification.EmailTemplateOverrideRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Email template edits with JPA; the save by {@link EmailTemplateOverrideQueries}. Runs in the caller's transaction. */
@ApplicationScoped
public class JpaEmailTemplateOverrideRepository extends PersistenceAdapter implements EmailTemplateOverrideRepository {

    @Override
    public List<Edit> of(String template) {
        // values, not managed entities: those would not see the SQL save of the same transaction
        return em.createQuery("SELECT NEW " + Edit.class.getName().replace('$', '.') + "(o.part, o.source, o.updatedBy,"
                + " o.updatedAt) FROM EmailTemplateOverride o WHERE o.name = :name", Edit.class)
                .setParameter("name", template).getResultList();
    }

    @Override
    public void save(String template, String part, String source, String actor) {
        EmailTemplateOverrideQueries.upsert(em, template, part, source, actor);
    }

    @Override
    public void remove(String template, String part) {
        em.createQuery("DELETE FROM EmailTemplateOverride o WHERE o.name = :name AND o.part = :part")
                .setParameter("name", template).setParameter("part", part).executeUpdate();
    }

    @Override
    public void removeAll(String template) {
        em.createQuery("DELETE FROM EmailTemplateOverride o WHERE o.name = :name").setParameter("name", template)
                .executeUpdate();
    }
}
