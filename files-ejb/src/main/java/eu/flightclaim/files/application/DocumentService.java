package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.ValidationRule;
import eu.flightclaim.files.domain.model.crypto.SegmentedEncryption;
import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.DocumentSummary;
import eu.flightclaim.files.domain.model.document.DocumentAccess;
import eu.flightclaim.files.domain.model.document.DocumentIntake;
import eu.flightclaim.files.domain.model.document.DocumentRepository;
import eu.flightclaim.files.domain.model.document.DocumentReviewed;
import eu.flightclaim.files.domain.model.document.DocumentStored;
import eu.flightclaim.files.domain.model.document.FileNames;
import eu.flightclaim.files.domain.model.document.StorageKeys;
import eu.flightclaim.files.domain.model.document.UploadRejected;
import eu.flightclaim.files.domain.model.storage.StorageException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.SecretKey;

/**
 * Documents of a claim: upload (the intake pipeline, then storage, then the record: a failure at
 * any step leaves no record without an object, and an object without a record only where the
 * reconciliation job will find it), list, read (decrypted as it streams, from any byte for Range
 * requests), delete and restore, with every access logged. Callers check who may see which claim.
 */
@Stateless
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());

    /** Who does it, from where: for the access log. */
    public record Actor(String name, String ip, String userAgent) {

        /** A line of the access log: this actor did {@code action} to the document. */
        public DocumentAccess access(UUID documentId, String action, String result, String detail) {
            return new DocumentAccess(documentId, name, action, result, ip, userAgent, detail);
        }
    }

    public record Stored(Document document, boolean duplicate) {
    }

    /** Plaintext of a document from {@code offset}, {@code length} bytes; the caller closes the stream. */
    public record Content(Document document, InputStream stream, long offset, long length) {
    }

    @Inject
    private DocumentSettings settings;
    @EJB
    private DocumentRepository documents;
    @EJB
    private ValidationRuleCatalog rules;
    @Inject
    private Event<DocumentStored> stored;
    @Inject
    private Event<DocumentReviewed> reviewed;
    @EJB
    private ScanRequests scanQueue;
    @Inject
    private DocumentMetrics metrics;

    /** The rule of a document type; an unknown type is refused. */
    public ValidationRule rule(String documentType) {
        return rules.all().stream().filter(r -> r.documentType().equals(documentType)).findFirst()
                .orElseThrow(() -> new UploadRejected(UploadRejected.Reason.UNKNOWN_DOCUMENT_TYPE, "'" + documentType
                        + "' is not a document type; expected one of " + rules.all().stream()
                        .map(ValidationRule::documentType).toList()));
    }

    /** Runs outside a transaction: the upload and the storage write can take long; the record is one short insert. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Stored upload(UUID claimId, UUID ownerId, String documentType, String fileName, InputStream body, Actor actor) {
        long started = System.nanoTime();
        try {
            Stored result = receive(claimId, ownerId, documentType, fileName, body, actor);
            metrics.upload(result.duplicate() ? DocumentMetrics.UploadResult.DUPLICATE : DocumentMetrics.UploadResult.STORED,
                    result.document().size(), System.nanoTime() - started);
            return result;
        } catch (UploadRejected e) {
            metrics.upload(DocumentMetrics.refused(e.reason()), 0, System.nanoTime() - started);
            throw e;
        } catch (StorageUnavailableException e) {
            metrics.upload(DocumentMetrics.UploadResult.STORE_UNAVAILABLE, 0, System.nanoTime() - started);
            throw e;
        }
    }

    private Stored receive(UUID claimId, UUID ownerId, String documentType, String fileName, InputStream body, Actor actor) {
        ValidationRule rule = rule(documentType);
        long used = documents.usage(ownerId);
        long started = System.nanoTime();
        DocumentIntake.Sealed sealed;
        try {
            sealed = DocumentIntake.seal(body, rule, settings.keys(), settings.tempDir(), settings.segmentSize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (used + sealed.size() > settings.quotaBytes()) {
                throw new UploadRejected(UploadRejected.Reason.OVER_QUOTA, "Your documents may take "
                        + settings.quotaBytes() + " bytes; they take " + used + " and this file has " + sealed.size()
                        + ".");
            }
            var existing = documents.findOnClaim(claimId, sealed.sha256());
            if (existing.isPresent()) {
                documents.log(actor.access(existing.get().id(), "UPLOAD", "SUCCESS", "identical file uploaded again"));
                return new Stored(existing.get(), true);
            }
            UUID id = UUID.randomUUID();
            String key = StorageKeys.forDocument(id);
            long sealedAt = System.nanoTime();
            try {
                settings.store().put(key, () -> Files.newInputStream(sealed.file()), sealed.ciphertextLength());
            } catch (StorageException e) {
                throw unavailable(e);
            }
            Document doc = new Document(id, claimId, ownerId, documentType, FileNames.sanitise(fileName,
                    documentType + extension(sealed.contentType())), sealed.contentType(), sealed.size(), sealed.sha256(),
                    sealed.pages(), key, sealed.ciphertextLength(), sealed.wrappedKey(), sealed.segmentSize(),
                    scans(rule) ? "SCANNING" : "UPLOADED", scans(rule) ? null : "NOT_SCANNED", actor.name(),
                    OffsetDateTime.now(), null, null, null);
            try {
                documents.add(doc);
            } catch (RuntimeException e) {
                removeObject(key);
                if (e instanceof DocumentRepository.Duplicate) { // the same file, uploaded twice at once
                    return new Stored(documents.findOnClaim(claimId, sealed.sha256()).orElseThrow(), true);
                }
                throw e;
            }
            documents.log(actor.access(id, "UPLOAD", "SUCCESS", doc.contentType() + ", " + doc.size() + " bytes"));
            long done = System.nanoTime();
            LOG.info(() -> "Stored document " + id + " (" + doc.size() + " bytes) in " + (done - started) / 1_000_000
                    + " ms: receive, check and encrypt " + (sealedAt - started) / 1_000_000 + " ms, store and record "
                    + (done - sealedAt) / 1_000_000 + " ms");
            stored.fireAsync(new DocumentStored(id, claimId, documentType, actor.name()));
            if (settings.scanner() != null && scans(rule)) {
                scanQueue.enqueue(id);
            }
            return new Stored(doc, false);
        } finally {
            try {
                Files.deleteIfExists(sealed.file());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete " + sealed.file(), e);
            }
        }
    }

    /** Whether documents of this rule go through the scanner (and wait for it when it is not there). */
    private boolean scans(ValidationRule rule) {
        return rule.scanRequired() && (settings.scanner() != null || settings.scanRequired());
    }

    /**
     * Only content that is not waiting for or failing a scan is served; the quarantine path (admins)
     * is the one way to read infected content, for evidence.
     */
    public void checkServable(Document doc) {
        if ("SCANNING".equals(doc.status())) {
            throw new DocumentConflictException("The document is being scanned for viruses; try again shortly.");
        }
        if ("REJECTED".equals(doc.status())) {
            throw new DocumentConflictException("The document failed the virus scan (" + doc.scanResult()
                    + ") and is kept in quarantine.");
        }
    }

    /** The caller's 503: a full store is said as such (and alerts the team in the log), anything else is "try again". */
    private static StorageUnavailableException unavailable(StorageException e) {
        if (e instanceof StorageException.Full) {
            LOG.log(Level.SEVERE, "ALERT: the document store is full; uploads are refused until it has room: "
                    + e.getMessage());
            return new StorageUnavailableException("The document store is full, so your file cannot be kept now; "
                    + "our team has been alerted. Please try again later.", e);
        }
        return new StorageUnavailableException("The document store is not available; try again in a minute.", e);
    }

    private void removeObject(String key) {
        try {
            settings.store().delete(key);
        } catch (StorageException e) {
            LOG.log(Level.WARNING, "Could not remove " + key + " after a failed insert; reconciliation will", e);
        }
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "text/plain" -> ".txt";
            default -> "";
        };
    }

    public Document find(UUID id) {
        return documents.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
    }

    public List<Document> onClaim(UUID claimId, boolean withDeleted) {
        return documents.onClaim(claimId, withDeleted);
    }

    /** A claim's documents as a page keeps them: without their keys. */
    public List<DocumentSummary> summariesOnClaim(UUID claimId, boolean withDeleted) {
        return onClaim(claimId, withDeleted).stream().map(Document::summary).toList();
    }

    /** The plaintext from byte {@code from} to {@code to} (inclusive; null: the end), decrypted as it streams. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Content open(Document doc, long from, Long to, Actor actor) {
        long end = to == null ? doc.size() - 1 : Math.min(to, doc.size() - 1);
        long length = Math.max(0, end - from + 1);
        try {
            InputStream plain = decrypting(doc, from);
            documents.log(actor.access(doc.id(), "DOWNLOAD", "SUCCESS", from == 0 && to == null ? null
                    : "bytes " + from + "-" + end));
            return new Content(doc, new Bounded(plain, length), from, length);
        } catch (StorageException e) {
            throw unavailable(e);
        } catch (GeneralSecurityException | IOException e) {
            documents.log(actor.access(doc.id(), "DOWNLOAD", "ERROR", e.getMessage()));
            throw new IllegalStateException("Document " + doc.id() + " cannot be decrypted: " + e.getMessage(), e);
        }
    }

    /** The stored object's plaintext from byte {@code from}, decrypted as it streams; the caller closes it. */
    private InputStream decrypting(Document doc, long from) throws StorageException, IOException,
            GeneralSecurityException {
        SecretKey key = settings.keys().unwrap(doc.wrappedKey());
        InputStream sealed = settings.store().get(doc.storageKey(), 0);
        try {
            SegmentedEncryption.Header header = SegmentedEncryption.readHeader(sealed);
            long segment = from / header.segmentSize();
            if (segment > 0) { // a range further in: a second GET from its segment, not a read through the rest
                sealed.close();
                sealed = settings.store().get(doc.storageKey(), header.segmentOffset(segment));
            }
            InputStream plain = SegmentedEncryption.decrypting(sealed, key, header, segment);
            plain.skipNBytes(from - segment * header.segmentSize());
            return plain;
        } catch (IOException | StorageException | RuntimeException e) {
            try {
                sealed.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Reads the document back whole as it is stored: every segment must authenticate (a changed, cut or
     * reordered byte fails) and the plaintext must have the recorded size and SHA-256. Null when it
     * does, else what is wrong; a store that does not answer is an exception, not damage.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String readBack(Document doc, Actor actor) throws StorageException {
        long size;
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream plain = new DigestInputStream(decrypting(doc, 0), sha256)) {
                size = plain.transferTo(OutputStream.nullOutputStream());
            }
        } catch (SegmentedEncryption.TamperedException e) {
            return "fails authentication when read back: " + e.getMessage();
        } catch (IOException e) {
            throw new StorageException("reading " + doc.storageKey() + " back: " + e, true, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key of " + doc.id() + " cannot be unwrapped: " + e.getMessage(), e);
        }
        documents.log(actor.access(doc.id(), "DOWNLOAD", "SUCCESS", "read back to verify"));
        if (size != doc.size()) {
            return "reads back as " + size + " bytes; the record says " + doc.size();
        }
        return java.util.HexFormat.of().formatHex(sha256.digest()).equals(doc.sha256()) ? null
                : "reads back with another SHA-256 than the one recorded at upload";
    }

    /** The owner's soft delete; staff restore. */
    public Document setDeleted(UUID id, boolean deleted, Actor actor) {
        Document doc = find(id);
        if (!(deleted ? doc.delete(OffsetDateTime.now()) : doc.restore())) {
            throw new DocumentConflictException(deleted ? "The document is already deleted." : "The document is not deleted.");
        }
        try {
            documents.store(doc);
        } catch (DocumentRepository.Duplicate e) {
            throw new DocumentConflictException("The same file was uploaded to the claim again; that one stays.");
        }
        documents.log(actor.access(id, deleted ? "DELETE" : "RESTORE", "SUCCESS", null));
        return find(id);
    }

    /**
     * A reviewer approves or rejects a document; the event lets claims-ejb tell the customer about a
     * rejection (in this transaction, so the email and the decision commit together).
     */
    public Document review(UUID id, boolean approved, String reason, Actor actor) {
        Document doc = find(id);
        if (!approved && (reason == null || reason.isBlank())) {
            throw new InvalidDocumentInputException("reason", "a rejection needs a reason for the customer");
        }
        if (reason != null && reason.length() > 2000) {
            throw new InvalidDocumentInputException("reason", "the reason may have at most 2000 characters");
        }
        String decision = approved ? "APPROVED" : "REJECTED";
        documents.review(id, decision, reason == null ? null : reason.strip(), actor.name());
        documents.log(actor.access(id, "REVIEW", "SUCCESS", decision));
        reviewed.fire(new DocumentReviewed(id, doc.claimId(), doc.documentType(), doc.originalName(), approved,
                reason == null ? null : reason.strip(), actor.name()));
        return find(id);
    }

    /** Documents waiting for a staff decision (or rejected by the scanner), oldest first. */
    public List<DocumentSummary> reviewQueue(int offset, int limit) {
        return documents.reviewQueue(offset, limit).stream().map(Document::summary).toList();
    }

    public long reviewQueueSize() {
        return documents.reviewQueueSize();
    }

    /** A person erased (GDPR Art. 17): their lines in the access log up to {@code before} no longer say who, from where, with what. */
    public void forgetActor(String actor, OffsetDateTime before) {
        documents.forgetActor(actor, before);
    }

    public List<DocumentAccess> accessLog(UUID id) {
        find(id);
        return documents.accessLog(id, 500);
    }

    /** A refused access, for the log. */
    public void denied(UUID id, String action, Actor actor) {
        documents.log(actor.access(id, action, "DENIED", null));
    }

    /** Stops after {@code length} bytes (a Range's end). */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
