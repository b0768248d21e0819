package eu.flightclaim.files.infrastructure.persistence;

import static eu.flightclaim.files.infrastructure.persistence.PersistenceAdapter.on;

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
        return on(em, new JpaDocumentRepository());
    }

    private static void add(Document... documents) {
        for (Document d : documents) {
            inTransaction(em -> {
                repository(em).add(d);
                return null;
            });
        }
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

    @Test
    void theSameFileOnTheSameClaimAgainIsADuplicateButOnAnotherClaimOrAfterADeleteItIsNot() {
        Document first = Documents.scanning();
        add(first);
        Document again = Documents.scanning(first.claimId(), first.ownerId(), first.sha256());
        assertThrows(DocumentRepository.Duplicate.class, () -> add(again));

        add(Documents.scanning(UUID.randomUUID(), first.ownerId(), first.sha256()));
        inTransaction(em -> {
            Document d = repository(em).find(first.id()).orElseThrow();
            assertTrue(d.delete(OffsetDateTime.now()));
            repository(em).store(d);
            return null;
        });
        add(Documents.scanning(first.claimId(), first.ownerId(), first.sha256()));
    }

    @Test
    void twoUploadsOfTheSameFileRacingEndInOneDocumentAndADuplicateForTheOther() throws Exception {
        Document one = Documents.scanning();
        Document other = Documents.scanning(one.claimId(), one.ownerId(), one.sha256());
        EntityManager first = FilesDatabase.factory().createEntityManager();
        EntityTransaction tx = first.getTransaction();
        tx.begin();
        repository(first).add(one); // inserted, not committed: the second insert waits on the unique index
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
            started.countDown();
            try {
                add(other);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        started.await();
        Thread.sleep(300);
        assertFalse(second.isDone(), "the second insert waits for the first transaction");
        tx.commit();
        first.close();
        assertTrue(second.get(10, TimeUnit.SECONDS) instanceof DocumentRepository.Duplicate);
        assertEquals(one.id(), inTransaction(em -> repository(em).findOnClaim(one.claimId(), one.sha256()))
                .orElseThrow().id());
    }

    @Test
    void aClaimsDocumentsAreListedOldestFirstWithTheDeletedOnlyWhenAsked() {
        UUID claim = UUID.randomUUID();
        Document older = Documents.scanning(claim, UUID.randomUUID(), Documents.sha256());
        Document newer = Documents.scanning(claim, UUID.randomUUID(), Documents.sha256());
        add(newer);
        add(older);
        execute("UPDATE document SET uploaded_at = uploaded_at - interval '1 hour' WHERE id = '" + older.id() + "'");
        execute("UPDATE document SET deleted_at = now() WHERE id = '" + newer.id() + "'");

        assertEquals(List.of(older.id()), ids(inTransaction(em -> repository(em).onClaim(claim, false))));
        assertEquals(List.of(older.id(), newer.id()), ids(inTransaction(em -> repository(em).onClaim(claim, true))));
        assertTrue(inTransaction(em -> repository(em).findOnClaim(claim, newer.sha256())).isEmpty(), "deleted");
        assertEquals(older.id(), inTransaction(em -> repository(em).findOnClaim(claim, older.sha256())).orElseThrow().id());
    }

    @Test
    void usageIsTheSizeOfTheOwnersDocumentsThatAreNotDeleted() {
        UUID owner = UUID.randomUUID();
        assertEquals(0L, (long) inTransaction(em -> repository(em).usage(owner)));
        Document kept = Documents.scanning(UUID.randomUUID(), owner, Documents.sha256());
        Document deleted = Documents.scanning(UUID.randomUUID(), owner, Documents.sha256());
        add(kept);
        add(deleted);
        add(Documents.scanning());
        execute("UPDATE document SET deleted_at = now() WHERE id = '" + deleted.id() + "'");
        assertEquals(1234L, (long) inTransaction(em -> repository(em).usage(owner)));
    }

    @Test
    void deleteAndRestoreAreStoredWithAVersionAndARestoreMeetingAReuploadIsADuplicate() {
        Document d = Documents.scanning();
        add(d);
        Document deleted = inTransaction(em -> {
            Document managed = repository(em).find(d.id()).orElseThrow();
            assertTrue(managed.delete(OffsetDateTime.now()));
            repository(em).store(managed);
            assertSame(managed, repository(em).find(d.id()).orElseThrow());
            return managed;
        });
        assertEquals(deleted.deletedAt(), find(d.id()).deletedAt(), "as the database keeps it");
        assertFalse(find(d.id()).delete(OffsetDateTime.now()), "deleted already");
        assertEquals(2L, version(d.id()));

        add(Documents.scanning(d.claimId(), d.ownerId(), d.sha256()));
        assertThrows(DocumentRepository.Duplicate.class, () -> inTransaction(em -> {
            Document managed = repository(em).find(d.id()).orElseThrow();
            assertTrue(managed.restore());
            repository(em).store(managed);
            return null;
        }));
        assertTrue(find(d.id()).deleted(), "rolled back");
    }

    @Test
    void aScanFinishesOnlyForADocumentThatIsScanningAndItsResultIsCutToTheColumn() {
        Document d = Documents.scanning();
        add(d);
        String signature = "Win.Test.EICAR_HDB-1 ".repeat(20);
        assertTrue((boolean) inTransaction(em -> repository(em).finishScan(d.id(), "REJECTED", signature)));
        assertFalse((boolean) inTransaction(em -> repository(em).finishScan(d.id(), "VALIDATED", "CLEAN")), "scanned already");
        Document found = find(d.id());
        assertEquals("REJECTED", found.status());
        assertEquals(signature.substring(0, 200), found.scanResult());
        assertEquals(2L, version(d.id()));
    }

    @Test
    void documentsWaitForAScanByTheDatabasesClockOldestFirst() {
        Document waiting = Documents.scanning();
        Document fresh = Documents.scanning();
        add(waiting);
        add(fresh);
        execute("UPDATE document SET uploaded_at = now() - interval '10 minutes' WHERE id = '" + waiting.id() + "'");
        List<UUID> found = inTransaction(em -> repository(em).waitingForScan(Duration.ofMinutes(5), 1000));
        assertTrue(found.contains(waiting.id()));
        assertFalse(found.contains(fresh.id()));
        assertEquals(1, inTransaction(em -> repository(em).waitingForScan(Duration.ofMinutes(5), 1)).size());
    }

    @Test
    void aKeyIsRewrappedOnlyFromTheKeyItWasReadWithAndDocumentsAreCountedByKey() {
        Document d = Documents.scanning();
        add(d);
        Map<String, Long> before = inTransaction(em -> repository(em).documentsByKey());
        assertTrue(inTransaction(em -> repository(em).wrappedByOtherThan("k2", 100000)).stream()
                .anyMatch(w -> w.id().equals(d.id())));

        var to = new KeyEncryptionKeys.WrappedKey("k2", new byte[] {9});
        assertTrue((boolean) inTransaction(em -> repository(em).rewrap(d.id(), "k1", to)));
        assertFalse((boolean) inTransaction(em -> repository(em).rewrap(d.id(), "k1", to)), "no longer k1");
        assertEquals("k2", find(d.id()).wrappedKey().kekId());
        assertArrayEquals(new byte[] {9}, find(d.id()).wrappedKey().wrapped());
        assertEquals(1L, version(d.id()), "a rewrap is no change to the document");

        Map<String, Long> after = inTransaction(em -> repository(em).documentsByKey());
        assertEquals(before.get("k1") - 1, after.get("k1"));
        assertEquals(before.getOrDefault("k2", 0L) + 1, after.get("k2"));
        assertEquals(after.keySet().stream().sorted().toList(), List.copyOf(after.keySet()), "by key");
    }

    @Test
    void aReviewIsStampedByTheDatabaseAndTheCallersCopySeesIt() {
        Document d = Documents.scanning();
        add(d);
        Document seen = inTransaction(em -> {
            Document managed = repository(em).find(d.id()).orElseThrow();
            repository(em).review(d.id(), "REJECTED", "Too blurred.", "reviewer@example.com");
            return managed;
        });
        assertEquals("REJECTED", seen.reviewDecision());
        assertEquals("Too blurred.", seen.reviewReason());
        assertEquals(2L, version(d.id()));
        execute("DO $$ BEGIN IF (SELECT reviewed_at IS NULL OR reviewed_by <> 'reviewer@example.com' FROM document"
                + " WHERE id = '" + d.id() + "') THEN RAISE EXCEPTION 'not stamped'; END IF; END $$");
    }

    @Test
    void theReviewQueueHoldsUndecidedDocumentsPastTheScanOldestFirst() {
        Document clean = Documents.scanning();
        Document decided = Documents.scanning();
        Document scanning = Documents.scanning();
        Document deleted = Documents.scanning();
        add(clean, decided, scanning, deleted);
        execute("UPDATE document SET status = 'VALIDATED', uploaded_at = '2000-01-01T00:00:00Z' WHERE id IN ('"
                + clean.id() + "', '" + decided.id() + "', '" + deleted.id() + "')");
        execute("UPDATE document SET review_decision = 'APPROVED' WHERE id = '" + decided.id() + "'");
        execute("UPDATE document SET deleted_at = now() WHERE id = '" + deleted.id() + "'");

        long size = inTransaction(em -> repository(em).reviewQueueSize());
        List<Document> queue = inTransaction(em -> repository(em).reviewQueue(0, (int) size));
        assertEquals(size, queue.size());
        assertTrue(ids(queue).contains(clean.id()));
        assertFalse(ids(queue).contains(decided.id()));
        assertFalse(ids(queue).contains(scanning.id()));
        assertFalse(ids(queue).contains(deleted.id()));
        assertEquals(clean.id(), inTransaction(em -> repository(em).reviewQueue(0, 1)).get(0).id(), "oldest first");
        assertEquals(size - 1, inTransaction(em -> repository(em).reviewQueue(1, (int) size)).size());
    }

    @Test
    void documentsDeletedLongerThanTheRetentionArePurgedWithTheirShareLinks() {
        Document old = Documents.scanning();
        Document recent = Documents.scanning();
        add(old);
        add(recent);
        execute("UPDATE document SET deleted_at = now() - interval '40 days' WHERE id = '" + old.id() + "'");
        execute("UPDATE document SET deleted_at = now() - interval '2 days' WHERE id = '" + recent.id() + "'");
        inTransaction(em -> {
            on(em, new JpaShareLinkRepository()).add(new ShareLink(old.id(), Documents.sha256(), null, "staff@example.com",
                    OffsetDateTime.now().plusDays(1)));
            return null;
        });

        List<DocumentRepository.StorageRef> due = inTransaction(em -> repository(em).deletedBefore(Duration.ofDays(30),
                100000));
        assertTrue(due.contains(new DocumentRepository.StorageRef(old.id(), old.storageKey())));
        assertFalse(due.stream().anyMatch(r -> r.id().equals(recent.id())));
        assertTrue(inTransaction(em -> repository(em).storageRefs()).contains(new DocumentRepository.StoredObjectRef(
                recent.id(), recent.storageKey(), recent.storedBytes())));

        inTransaction(em -> {
            repository(em).remove(old.id());
            return null;
        });
        assertTrue(inTransaction(em -> repository(em).find(old.id())).isEmpty());
        assertTrue(inTransaction(em -> on(em, new JpaShareLinkRepository()).onDocument(old.id())).isEmpty());
    }

    @Test
    void theAccessLogIsNewestFirstStampedByTheDatabaseAndCutToItsColumns() {
        UUID document = UUID.randomUUID();
        inTransaction(em -> {
            repository(em).log(new DocumentAccess(document, "a@example.com", "UPLOAD", "SUCCESS", "10.0.0.1", "curl",
                    "first"));
            repository(em).log(new DocumentAccess(document, "b@example.com", "DOWNLOAD", "DENIED", null,
                    "x".repeat(400), "y".repeat(600)));
            return null;
        });
        List<DocumentAccess> log = inTransaction(em -> repository(em).accessLog(document, 500));
        assertEquals(List.of("DOWNLOAD", "UPLOAD"), log.stream().map(DocumentAccess::action).toList());
        assertEquals(300, log.get(0).userAgent().length());
        assertEquals(500, log.get(0).detail().length());
        assertNull(log.get(0).ip());
        assertEquals("10.0.0.1", log.get(1).ip());
        assertNotNull(log.get(1).at());
        assertEquals(1, inTransaction(em -> repository(em).accessLog(document, 1)).size());
    }

    private static List<UUID> ids(List<Document> documents) {
        return documents.stream().map(Document::id).toList();
    }

    private static long version(UUID id) {
        return inTransaction(em -> ((Number) em.createNativeQuery("SELECT version FROM document WHERE id = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void documentsAreReadBackNeverVerifiedFirstThenLongestAgoAndDeletedOnesNot() {
        Document never = Documents.scanning();
        Document longAgo = Documents.scanning();
        Document lately = Documents.scanning();
        Document deleted = Documents.scanning();
        add(never, longAgo, lately, deleted);
        execute("UPDATE document SET verified_at = now() - interval '1 day'");
        execute("UPDATE document SET verified_at = NULL WHERE id = '" + never.id() + "'");
        execute("UPDATE document SET verified_at = now() - interval '400 days' WHERE id = '" + longAgo.id() + "'");
        execute("UPDATE document SET verified_at = NULL, deleted_at = now() WHERE id = '" + deleted.id() + "'");
        inTransaction(em -> {
            repository(em).markVerified(lately.id());
            return null;
        });

        List<UUID> next = inTransaction(em -> repository(em).longestUnverified(100000));
        assertEquals(never.id(), next.get(0), "never read back: first");
        assertEquals(longAgo.id(), next.get(1));
        assertEquals(lately.id(), next.get(next.size() - 1), "read back just now: last");
        assertFalse(next.contains(deleted.id()), "a deleted document is not read back");
    }
}
