package eu.flightclaim.files.domain.model.document;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents and their access log. Status, scan, review and key change in single conditional
 * updates (another instance may be doing the same); the soft delete through {@link #store}.
 */
public interface DocumentRepository {

    /** The same file is already on the claim: the unique index caught an upload race, or a restore. */
    @ApplicationException(rollback = true)
    final class Duplicate extends RuntimeException {
        public Duplicate() {
            super("duplicate", null, false, false);
        }
    }

    /** A document's object in storage. */
    record StorageRef(UUID id, String storageKey) {
    }

    /** A document's object in storage and the bytes it must have there. */
    record StoredObjectRef(UUID id, String storageKey, long storedBytes) {
    }

    /** Throws {@link Duplicate} when the claim has this file already. */
    void add(Document document);

    /** Writes the document's soft delete or restore; throws {@link Duplicate} when a restore meets a re-upload. */
    void store(Document document);

    Optional<Document> find(UUID id);

    /** The claim's (not deleted) document with this content. */
    Optional<Document> findOnClaim(UUID claimId, String sha256);

    /** Oldest first. */
    List<Document> onClaim(UUID claimId, boolean withDeleted);

    /** Bytes an owner's documents take (not deleted), for the quota. */
    long usage(UUID ownerId);

    /** Moves a document out of SCANNING; false when it was not waiting (another instance scanned it). */
    boolean finishScan(UUID id, String status, String result);

    /** Documents in SCANNING for longer than {@code waiting} (by the database's clock), oldest first. */
    List<UUID> waitingForScan(Duration waiting, int max);

    /** Documents whose data key is wrapped by another key than {@code activeKekId}, oldest first. */
    List<Document> wrappedByOtherThan(String activeKekId, int max);

    /** Stores a rewrapped data key, if the document still has the one it was rewrapped from. */
    boolean rewrap(UUID id, String fromKekId, KeyEncryptionKeys.WrappedKey to);

    /** How many documents each key-encryption key wraps, by key. */
    Map<String, Long> documentsByKey();

    /** Records a staff decision, stamped with the database's clock. */
    void review(UUID id, String decision, String reason, String reviewer);

    /** Undecided documents past the scan (clean, or rejected by the scanner), oldest first. */
    List<Document> reviewQueue(int offset, int limit);

    long reviewQueueSize();

    /** Documents deleted before {@code retention} ago (by the database's clock). */
    List<StorageRef> deletedBefore(Duration retention, int max);

    /** Every document's object, with its length in storage. */
    List<StoredObjectRef> storageRefs();

    /** Documents not deleted, those read back longest ago (or never) first. */
    List<UUID> longestUnverified(int max);

    /** Stamps the document as read back whole now. */
    void markVerified(UUID id);

    /** Removes the record (its share links go with it). */
    void remove(UUID id);

    /** The access log's entries of these (erased) documents go. */
    void forgetAccess(List<UUID> documents);

    /** The access log forgets a person: {@code actor}'s entries up to {@code before} keep what happened, not who, from where or with what. */
    void forgetActor(String actor, java.time.OffsetDateTime before);

    void log(DocumentAccess access);

    /** Newest first. */
    List<DocumentAccess> accessLog(UUID documentId, int max);
}
