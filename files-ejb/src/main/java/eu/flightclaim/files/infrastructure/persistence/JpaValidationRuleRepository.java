package eu.flightclaim.files.infrastructure.persistence;

import eu.flightclaim.files.domain.model.ValidationRule;
import eu.flightclaim.files.domain.model.ValidationRuleRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.List;

/** The upload rules in JPA. */
@Stateless
@Local(ValidationRuleRepository.class)
public class JpaValidationRuleRepository extends PersistenceAdapter implements ValidationRuleRepository {

    @Override
    public List<ValidationRule> all() {
        return em.createQuery("SELECT r FROM ValidationRule r ORDER BY r.documentType", ValidationRule.class)
                .getResultList();
    }

    @Override
    public boolean update(ValidationRule rule, String actor) {
        boolean updated = em.createQuery("UPDATE ValidationRule r SET r.allowedMimeTypeList = :types,"
                        + " r.maxSizeBytes = :size, r.maxPdfPages = :pages, r.scanRequired = :scan,"
                        + " r.updatedAt = CURRENT_TIMESTAMP, r.updatedBy = :actor WHERE r.documentType = :type")
                .setParameter("types", String.join(",", rule.allowedMimeTypes().stream().sorted().toList()))
                .setParameter("size", rule.maxSizeBytes()).setParameter("pages", rule.maxPdfPages())
                .setParameter("scan", rule.scanRequired()).setParameter("actor", actor)
                .setParameter("type", rule.documentType()).executeUpdate() == 1;
        if (updated) {
            em.find(ValidationRule.class, rule.documentType(), java.util.Map.of(FilesUnit.REFRESH, "true"));
        }
        return updated;
    }
}
