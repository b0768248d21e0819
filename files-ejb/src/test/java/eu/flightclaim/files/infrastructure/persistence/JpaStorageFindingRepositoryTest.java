package eu.flightclaim.files.infrastructure.persistence;

import static eu.flightclaim.files.infrastructure.persistence.PersistenceAdapter.on;

import static eu.flightclaim.files.infrastructure.persistence.FilesDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.storage.StorageFinding;
import eu.flightclaim.files.domain.model.storage.StorageFindingRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JpaStorageFindingRepositoryTest {

    private static StorageFindingRepository repository(EntityManager em) {
        return on(em, new JpaStorageFindingRepository());
    }

    @Test
    void findingsAreStampedByTheDatabaseAndListedNewestFirst() {
        String orphan = "claims/" + UUID.randomUUID() + "/orphan";
        UUID purged = UUID.randomUUID();
        inTransaction(em -> {
            repository(em).add(new StorageFinding("ORPHAN_REMOVED", orphan, null, "12 bytes"));
            return null;
        });
        inTransaction(em -> {
            repository(em).add(new StorageFinding("PURGED", "claims/x/" + purged, purged, "deleted long ago"));
            return null;
        });
        List<StorageFinding> latest = inTransaction(em -> repository(em).latest(2));
        assertEquals(List.of("PURGED", "ORPHAN_REMOVED"), latest.stream().map(StorageFinding::kind).toList());
        assertEquals(purged, latest.get(0).documentId());
        assertEquals("deleted long ago", latest.get(0).detail());
        assertEquals(orphan, latest.get(1).storageKey());
        assertNull(latest.get(1).documentId());
        assertNotNull(latest.get(1).foundAt());
        assertTrue(latest.get(0).id() > latest.get(1).id());
    }

    @Test
    void aMissingObjectIsReportedOncePerDocument() {
        UUID document = UUID.randomUUID();
        String key = "claims/x/" + document;
        assertTrue((boolean) inTransaction(em -> repository(em).reportMissing(key, document)));
        assertFalse((boolean) inTransaction(em -> repository(em).reportMissing(key, document)), "reported before");
        StorageFinding reported = inTransaction(em -> repository(em).latest(1000)).stream()
                .filter(f -> document.equals(f.documentId())).findFirst().orElseThrow();
        assertEquals("MISSING_OBJECT", reported.kind());
        assertEquals(key, reported.storageKey());
        assertEquals("no object in storage", reported.detail());
    }

    @Test
    void aDamagedObjectIsReportedOncePerDocumentBesideItsMissingReport() {
        UUID document = UUID.randomUUID();
        String key = "claims/x/" + document;
        assertTrue((boolean) inTransaction(em -> repository(em).reportDamaged(key, document, "3 bytes; the record says 9")));
        assertFalse((boolean) inTransaction(em -> repository(em).reportDamaged(key, document, "again")), "reported before");
        assertTrue((boolean) inTransaction(em -> repository(em).reportMissing(key, document)), "another kind");
        StorageFinding reported = inTransaction(em -> repository(em).latest(1000)).stream()
                .filter(f -> document.equals(f.documentId()) && f.kind().equals("DAMAGED_OBJECT")).findFirst()
                .orElseThrow();
        assertEquals("3 bytes; the record says 9", reported.detail());
    }
}
