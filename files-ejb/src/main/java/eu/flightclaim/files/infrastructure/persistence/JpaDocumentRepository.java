package eu.flightclaim.files.infrastructure.persistence;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.DocumentAccess;
import eu.flightclaim.files.domain.model.document.DocumentRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Documents and their access log in JPA. A session bean so that each call is a transaction of its
 * own when the caller has none (uploads, scans and housekeeping run outside one); writes flush at
 * once, in the order they are made, so the database refuses a duplicate here and not at commit.
 */
@Stateless
@Local(DocumentRepository.class)
public class JpaDocumentRepository extends PersistenceAdapter implements DocumentRepository {

    /** What staff still have to look at (the partial index of V…104). */
    private static final String REVIEW_QUEUE = " FROM Document d WHERE d.deletedAt IS NULL AND d.reviewDecision IS NULL"
            + " AND d.status <> 'SCANNING'";

    @Override
    public void add(Document document) {
        try {
            em.persist(document);
            em.flush();
        } catch (PersistenceException e) {
            if (FilesUnit.uniqueViolation(e, "document_claim_sha_idx")) {
                throw new Duplicate();
            }
            throw e;
        }
    }

    @Override
    public void store(Document document) {
        Document managed = em.contains(document) ? document : em.merge(document);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (FilesUnit.uniqueViolation(e, null)) {
                throw new Duplicate(); // restoring a file that was uploaded again meanwhile
            }
            throw e;
        }
        em.refresh(managed); // the timestamp as the database keeps it (microseconds)
    }

    @Override
    public Optional<Document> find(UUID id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    @Override
    public Optional<Document> findOnClaim(UUID claimId, String sha256) {
        return em.createQuery("SELECT d FROM Document d WHERE d.claimId = :claim AND d.sha256 = :sha"
                        + " AND d.deletedAt IS NULL", Document.class)
                .setParameter("claim", claimId).setParameter("sha", sha256).getResultStream().findFirst();
    }

    @Override
    public List<Document> onClaim(UUID claimId, boolean withDeleted) {
        return em.createQuery("SELECT d FROM Document d WHERE d.claimId = :claim"
                        + (withDeleted ? "" : " AND d.deletedAt IS NULL") + " ORDER BY d.uploadedAt, d.id", Document.class)
                .setParameter("claim", claimId).getResultList();
    }

    @Override
    public long usage(UUID ownerId) {
        return em.createQuery("SELECT COALESCE(SUM(d.size), 0) FROM Document d WHERE d.ownerId = :owner"
                        + " AND d.deletedAt IS NULL", Number.class)
                .setParameter("owner", ownerId).getSingleResult().longValue();
    }

    @Override
    public boolean finishScan(UUID id, String status, String result) {
        return em.createQuery("UPDATE Document d SET d.status = :status, d.scanResult = :result,"
                        + " d.version = d.version + 1 WHERE d.id = :id AND d.status = 'SCANNING'")
                .setParameter("status", status)
                .setParameter("result", result == null ? null : result.substring(0, Math.min(200, result.length())))
                .setParameter("id", id).executeUpdate() == 1;
    }

    @Override
    public List<UUID> waitingForScan(Duration waiting, int max) {
        return DocumentsWaitingForScan.find(em, waiting, max);
    }

    @Override
    public List<Document> wrappedByOtherThan(String activeKekId, int max) {
        return em.createQuery("SELECT d FROM Document d WHERE d.kekId <> :kek ORDER BY d.uploadedAt", Document.class)
                .setParameter("kek", activeKekId).setMaxResults(max).getResultList();
    }

    @Override
    public boolean rewrap(UUID id, String fromKekId, KeyEncryptionKeys.WrappedKey to) {
        // the version stays, as it did: EclipseLink would bump it in a bulk update unless it is set
        return em.createQuery("UPDATE Document d SET d.kekId = :to, d.wrappedKey = :wrapped, d.version = d.version"
                        + " WHERE d.id = :id AND d.kekId = :from")
                .setParameter("to", to.kekId()).setParameter("wrapped", to.wrapped())
                .setParameter("id", id).setParameter("from", fromKekId).executeUpdate() == 1;
    }

    /** One key's share of the documents. */
    public record KeyUse(String kekId, Long documents) {
    }

    @Override
    public Map<String, Long> documentsByKey() {
        Map<String, Long> byKey = new LinkedHashMap<>();
        em.createQuery("SELECT NEW " + KeyUse.class.getName() + "(d.kekId, COUNT(d)) FROM Document d"
                        + " GROUP BY d.kekId ORDER BY d.kekId", KeyUse.class)
                .getResultList().forEach(k -> byKey.put(k.kekId(), k.documents()));
        return byKey;
    }

    @Override
    public void review(UUID id, String decision, String reason, String reviewer) {
        em.createQuery("UPDATE Document d SET d.reviewDecision = :decision, d.reviewReason = :reason,"
                        + " d.reviewedBy = :reviewer, d.reviewedAt = CURRENT_TIMESTAMP, d.version = d.version + 1"
                        + " WHERE d.id = :id")
                .setParameter("decision", decision).setParameter("reason", reason).setParameter("reviewer", reviewer)
                .setParameter("id", id).executeUpdate();
        em.find(Document.class, id, Map.of(FilesUnit.REFRESH, "true")); // the caller's copy, if it has one
    }

    @Override
    public List<Document> reviewQueue(int offset, int limit) {
        return em.createQuery("SELECT d" + REVIEW_QUEUE + " ORDER BY d.uploadedAt, d.id", Document.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long reviewQueueSize() {
        return em.createQuery("SELECT COUNT(d)" + REVIEW_QUEUE, Long.class).getSingleResult();
    }

    @Override
    public List<StorageRef> deletedBefore(Duration retention, int max) {
        return DocumentsDeletedBefore.find(em, retention, max);
    }

    @Override
    public List<StoredObjectRef> storageRefs() {
        return em.createQuery("SELECT NEW " + StoredObjectRef.class.getName()
                + "(d.id, d.storageKey, d.storedBytes) FROM Document d", StoredObjectRef.class).getResultList();
    }

    @Override
    public List<UUID> longestUnverified(int max) {
        return DocumentVerificationQueue.next(em, max);
    }

    @Override
    public void markVerified(UUID id) {
        DocumentVerificationQueue.markVerified(em, id);
    }

    @Override
    public void remove(UUID id) {
        em.createQuery("DELETE FROM Document d WHERE d.id = :id").setParameter("id", id).executeUpdate();
    }

    @Override
    public void forgetAccess(List<UUID> documents) {
        if (!documents.isEmpty()) {
            em.createQuery("DELETE FROM DocumentAccess a WHERE a.documentId IN :documents")
                    .setParameter("documents", documents).executeUpdate();
        }
    }

    @Override
    public void forgetActor(String actor, java.time.OffsetDateTime before) {
        em.createQuery("UPDATE DocumentAccess a SET a.actor = :erased, a.ip = NULL, a.userAgent = NULL, a.detail = NULL"
                + " WHERE LOWER(a.actor) = LOWER(:actor) AND a.at <= :before")
                .setParameter("erased", DocumentAccess.ERASED_ACTOR).setParameter("actor", actor)
                .setParameter("before", before).executeUpdate();
    }

    @Override
    public void log(DocumentAccess access) {
        em.persist(access);
        em.flush();
    }

    @Override
    public List<DocumentAccess> accessLog(UUID documentId, int max) {
        return em.createQuery("SELECT a FROM DocumentAccess a WHERE a.documentId = :document"
                        + " ORDER BY a.at DESC, a.id DESC", DocumentAccess.class)
                .setParameter("document", documentId).setMaxResults(max).getResultList();
    }
}
