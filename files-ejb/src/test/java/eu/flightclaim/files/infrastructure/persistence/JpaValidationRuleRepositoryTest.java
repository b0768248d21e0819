package eu.flightclaim.files.infrastructure.persistence;

import static eu.flightclaim.files.infrastructure.persistence.PersistenceAdapter.on;

import static eu.flightclaim.files.infrastructure.persistence.FilesDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.ValidationRule;
import eu.flightclaim.files.domain.model.ValidationRuleRepository;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JpaValidationRuleRepositoryTest {

    private static ValidationRuleRepository repository(EntityManager em) {
        return on(em, new JpaValidationRuleRepository());
    }

    private static ValidationRule rule(String type) {
        return inTransaction(em -> repository(em).all()).stream().filter(r -> r.documentType().equals(type))
                .findFirst().orElseThrow();
    }

    @Test
    void theSeededRulesAreReadByTypeWithTheirContentTypesInTheStoredOrder() {
        List<ValidationRule> all = inTransaction(em -> repository(em).all());
        List<String> types = all.stream().map(ValidationRule::documentType).toList();
        assertEquals(types.stream().sorted().toList(), types);
        assertTrue(types.containsAll(List.of("bank_statement", "boarding_pass", "other", "receipt")));

        ValidationRule bank = rule("bank_statement");
        assertEquals(Set.of("application/pdf"), bank.allowedMimeTypes());
        assertTrue(bank.allows("application/pdf"));
        assertFalse(bank.allows("image/png"));
        assertEquals(10485760, bank.maxSizeBytes());
        assertEquals(10, bank.maxPdfPages());
        assertTrue(bank.scanRequired());
        assertEquals(List.of("application/pdf", "image/jpeg", "image/png", "text/plain"),
                List.copyOf(rule("cancellation_notice").allowedMimeTypes()));
    }

    @Test
    void anUpdateStoresTheTypesSortedAndTheCallersCopySeesIt() {
        ValidationRule requested = new ValidationRule("power_of_attorney",
                new LinkedHashSet<>(List.of("image/png", "application/pdf")), 1000, null, false);
        assertEquals(List.of("image/png", "application/pdf"), List.copyOf(requested.allowedMimeTypes()), "as given");
        ValidationRule seen = inTransaction(em -> {
            ValidationRule managed = repository(em).all().stream()
                    .filter(r -> r.documentType().equals("power_of_attorney")).findFirst().orElseThrow();
            assertTrue(repository(em).update(requested, "admin@example.com"));
            return managed;
        });
        assertEquals(List.of("application/pdf", "image/png"), List.copyOf(seen.allowedMimeTypes()));
        assertEquals(1000, seen.maxSizeBytes());
        ValidationRule stored = rule("power_of_attorney");
        assertEquals(List.of("application/pdf", "image/png"), List.copyOf(stored.allowedMimeTypes()));
        assertEquals(1000, stored.maxSizeBytes());
        assertNull(stored.maxPdfPages());
        assertFalse(stored.scanRequired());
        assertEquals(1L, (long) inTransaction(em -> ((Number) em.createNativeQuery("SELECT count(*) FROM"
                + " file_validation_rule WHERE document_type = 'power_of_attorney' AND updated_by = 'admin@example.com'"
                + " AND updated_at > now() - interval '1 minute'").getSingleResult()).longValue()));
    }

    @Test
    void anUpdateOfATypeThatDoesNotExistChangesNothing() {
        ValidationRule selfie = new ValidationRule("selfie", Set.of("image/png"), 1000, null, true);
        assertFalse((boolean) inTransaction(em -> repository(em).update(selfie, "admin@example.com")));
    }
}
