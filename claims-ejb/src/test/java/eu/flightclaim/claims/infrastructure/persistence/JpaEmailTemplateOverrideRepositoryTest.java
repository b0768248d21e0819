package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;

import static eu.flightclaim.claims.PersistenceUnit.inTransaction;
import static eu.flightclaim.claims.PersistenceUnit.inTransactionDo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import eu.flightclaim.claims.domain.model.notification.EmailTemplateOverrideRepository.Edit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Email template edits on the real schema: saved over each other, read as they are now, removed. */
class JpaEmailTemplateOverrideRepositoryTest {

    private static List<String> sources(List<Edit> edits) {
        return edits.stream().sorted(java.util.Comparator.comparing(Edit::part)).map(Edit::source).toList();
    }

    @Test
    void aSaveReplacesThePartAndIsSeenInItsOwnTransaction() {
        String template = "t" + System.nanoTime();
        inTransactionDo(em -> on(em, new JpaEmailTemplateOverrideRepository()).save(template, "subject", "Hi", "ada"));
        inTransactionDo(em -> {
            JpaEmailTemplateOverrideRepository edits = on(em, new JpaEmailTemplateOverrideRepository());
            assertEquals(List.of("Hi"), sources(edits.of(template)));
            edits.save(template, "subject", "Hello", "grace");
            edits.save(template, "txt", "Body", "grace");
            assertEquals(List.of("Hello", "Body"), sources(edits.of(template)), "what the save wrote, not what was read");
        });
        List<Edit> saved = inTransaction(em -> on(em, new JpaEmailTemplateOverrideRepository()).of(template));
        assertEquals(List.of("grace", "grace"), saved.stream().map(Edit::updatedBy).toList());
        assertNotNull(saved.get(0).updatedAt());
        inTransactionDo(em -> on(em, new JpaEmailTemplateOverrideRepository()).remove(template, "txt"));
        assertEquals(List.of("Hello"), sources(inTransaction(em -> on(em, new JpaEmailTemplateOverrideRepository()).of(template))));
        inTransactionDo(em -> on(em, new JpaEmailTemplateOverrideRepository()).removeAll(template));
        assertEquals(List.of(), inTransaction(em -> on(em, new JpaEmailTemplateOverrideRepository()).of(template)));
    }
}
