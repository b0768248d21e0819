package eu.flightclaim.files.infrastructure.persistence;

import static eu.flightclaim.files.infrastructure.persistence.FilesDatabase.execute;
import static eu.flightclaim.files.infrastructure.persistence.FilesDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.DocumentAccess;
import eu.flightclaim.files.domain.model.document.DocumentRepository;
import eu.flightclaim.files.domain.model.share.ShareLink;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JpaDocumentRepositoryTest {

    private static DocumentRepository repository(EntityManager em) {
        return new JpaDocumentRepository(em);
    }

    private static void add(Document d) {
        inTransaction(em -> {
            repository(em).add(d);
            return null;
        });
    }

    private static Document find(UUID id) {
        return inTransaction(em -> repository(em).find(id).orElseThrow());
    }

    @Test
    void aDocumentIsReadBackWithEveryColumnAsWritten() {
        Document d = Documents.scanning();
        add(d);

        Document found = find(d.id());
        assertEquals(d.claimId(), found.claimId());
        assertEquals(d.ownerId(), found.ownerId());
        assertEquals("other", found.documentType());
        assertEquals("scan.pdf", found.originalName());
        assertEquals("application/pdf", found.contentType());
        assertEquals(1234, found.size());
        assertEquals(d.sha256(), found.sha256());
        assertEquals(2, found.pdfPages());
        assertEquals(d.storageKey(), found.storageKey());
        assertEquals(1300, found.storedBytes());
        assertEquals("k1", found.wrappedKey().kekId());
        assertArrayEquals(new byte[] {1, 2, 3}, found.wrappedKey().wrapped());
        assertEquals(65536, found.segmentSize());
        assertEquals("SCANNING", found.status());
        assertNull(found.scanResult());
        assertEquals("customer@example.com", found.uploadedBy());
        assertEquals(d.uploadedAt().toInstant(), found.uploadedAt().toInstant());
        assertNull(found.deletedAt());
        assertNull(found.reviewDecision());
        assertTrue(inTransaction(em -> repository(em).find(UUID.randomUUID())).isEmpty());
    }

    @Test
    void timestampsComeBackInUtcAsTheJdbcDriverGaveThemWhateverTheServersZone() {
        Document d = Documents.scanning();
        add(d);
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try {
            Document found = find(d.id());
            assertEquals(ZoneOffset.UTC, found.uploadedAt().getOffset());
            assertEquals(d.uploadedAt(), found.uploadedAt());
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
