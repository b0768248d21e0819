package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.DocumentRepository;
import eu.flightclaim.files.domain.model.document.StorageKeys;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import eu.flightclaim.files.domain.model.storage.StorageException;
import eu.flightclaim.files.domain.model.storage.StorageFinding;
import eu.flightclaim.files.domain.model.storage.StorageFindingRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Keeps storage and records in step. Purge: documents deleted longer than the retention ago lose
 * their object, then their record. Reconciliation: an object without a record (an upload that died
 * between the write and the commit) is removed once older than a grace period — younger ones may
 * be uploads in flight; a record without its object, or an object of another size than recorded, is
 * reported, never deleted. Verification: a number of documents a run are read back whole and checked
 * (authenticated decryption, size, SHA-256), those checked longest ago first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentHousekeeping {

    private static final Logger LOG = Logger.getLogger(DocumentHousekeeping.class.getName());

    public record Finding(long id, OffsetDateTime foundAt, String kind, String storageKey, UUID documentId,
            String detail) {
    }

    @Inject
    private DocumentSettings settings;
    @EJB
    private DocumentRepository documents;
    @EJB
    private StorageFindingRepository findings;
    @EJB
    private DocumentService service;

    /** Removes documents deleted before {@code retention} ago, object first. */
    public int purge(Duration retention) throws StorageException {
        List<DocumentRepository.StorageRef> due = documents.deletedBefore(retention, 1000);
        for (DocumentRepository.StorageRef d : due) {
            settings.store().delete(d.storageKey()); // a crash after this leaves a record reconciliation reports
            documents.remove(d.id());
            findings.add(new StorageFinding("PURGED", d.storageKey(), d.id(), "deleted more than " + retention.toDays()
                    + " days ago"));
        }
        // objects deleted before the store purged its own deletes (still in Nextcloud's trash bin), and
        // chunked uploads never finished
        for (String key : settings.store().purgeLeftovers(StorageKeys.PREFIXES)) {
            findings.add(new StorageFinding("PURGED", key, null,
                    "left over in the store (its trash bin, or an upload never finished)"));
        }
        return due.size();
    }

    /**
     * Erases a claim's documents for good, their retention having ended (GDPR Art. 17): each object,
     * then its record and its access log. Safe to run again: an object already gone is not an error,
     * and a store that is down stops it before the records go.
     */
    public int eraseClaim(UUID claimId) throws StorageException {
        List<Document> onClaim = documents.onClaim(claimId, true);
        for (Document d : onClaim) {
            settings.store().delete(d.storageKey());
            documents.remove(d.id());
            findings.add(new StorageFinding("PURGED", d.storageKey(), d.id(), "erased: its claim's retention ended"));
        }
        documents.forgetAccess(onClaim.stream().map(Document::id).toList());
        return onClaim.size();
    }

    /**
     * Compares the store with the records; returns [orphans removed, missing objects newly reported,
     * objects of the wrong size newly reported].
     */
    public int[] reconcile(Duration grace) throws StorageException {
        List<DocumentStore.StoredObject> objects = new java.util.ArrayList<>();
        for (String prefix : StorageKeys.PREFIXES) {
            objects.addAll(settings.store().list(prefix));
        }
        Map<String, DocumentRepository.StoredObjectRef> records = new HashMap<>();
        documents.storageRefs().forEach(r -> records.put(r.storageKey(), r));
        int orphans = 0;
        int damaged = 0;
        Instant cutoff = Instant.now().minus(grace);
        Set<String> stored = new HashSet<>();
        for (DocumentStore.StoredObject o : objects) {
            stored.add(o.key());
            DocumentRepository.StoredObjectRef record = records.get(o.key());
            if (record != null && o.size() >= 0 && o.size() != record.storedBytes()
                    && reportDamaged(o.key(), record.id(), "the store holds " + o.size() + " bytes; the record says "
                            + record.storedBytes())) {
                damaged++;
            }
            if (record == null && o.lastModified().isBefore(cutoff)) {
                settings.store().delete(o.key());
                findings.add(new StorageFinding("ORPHAN_REMOVED", o.key(), null, o.size() + " bytes, written "
                        + o.lastModified()));
                orphans++;
            }
        }
        int missing = 0;
        for (var r : records.entrySet()) {
            if (!stored.contains(r.getKey()) && findings.reportMissing(r.getKey(), r.getValue().id())) {
                missing++;
            }
        }
        LOG.info("Reconciliation: " + objects.size() + " objects, " + records.size() + " records; " + orphans
                + " orphans removed, " + missing + " missing and " + damaged + " damaged objects reported");
        return new int[] {orphans, missing, damaged};
    }

    /**
     * Reads back up to {@code max} documents, those read back longest ago (or never) first, so that
     * every document is checked in turn; returns [read back, damaged newly reported]. A missing object
     * is reconciliation's to report.
     */
    public int[] verify(int max) throws StorageException {
        int verified = 0;
        int damaged = 0;
        DocumentService.Actor actor = new DocumentService.Actor("housekeeping", null, null);
        for (UUID id : documents.longestUnverified(max)) {
            var doc = documents.find(id);
            if (doc.isEmpty()) {
                continue; // purged meanwhile
            }
            String problem;
            try {
                problem = service.readBack(doc.get(), actor);
            } catch (StorageException e) {
                if (e.retryable()) {
                    throw e; // the store is down: the next run goes on from here
                }
                // missing (reconciliation reports it) or refused: not read back, so tried again next run
                LOG.warning("Verification: " + doc.get().storageKey() + " was not read back: " + e.getMessage());
                continue;
            }
            if (problem != null && reportDamaged(doc.get().storageKey(), id, problem)) {
                damaged++;
            }
            documents.markVerified(id);
            verified++;
        }
        LOG.info("Verification: " + verified + " documents read back, " + damaged + " damaged objects reported");
        return new int[] {verified, damaged};
    }

    /** Reported once per document, with an alert line for monitoring; never deleted. */
    private boolean reportDamaged(String key, UUID id, String detail) {
        boolean first = findings.reportDamaged(key, id, detail);
        if (first) {
            LOG.severe("ALERT: the stored object of document " + id + " (" + key + ") is damaged: " + detail);
        }
        return first;
    }

    /** The room left in the document store as it reports it; empty when it sets no limit or does not say. */
    public java.util.OptionalLong storeFreeBytes() throws StorageException {
        return settings.store().freeBytes();
    }

    public List<Finding> findings(int max) {
        return findings.latest(max).stream().map(f -> new Finding(f.id(), f.foundAt(), f.kind(), f.storageKey(),
                f.documentId(), f.detail())).toList();
    }
}
