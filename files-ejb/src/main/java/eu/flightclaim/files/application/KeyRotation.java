package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.DocumentRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Key rotation: after a new key-encryption key is put first in FC_DOCUMENT_KEYS, every document's
 * data key is rewrapped with it (content is never re-encrypted). When no document uses an old key
 * any more, that key can be removed from the configuration.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each rewrap commits on its own
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

    /** What a run did. */
    public record Result(int rewrapped, int failed) {
    }

    @Inject
    private DocumentSettings settings;
    @EJB
    private DocumentRepository documents;

    /** The active key, and how many documents each key wraps: rotation is done when only the active one has any. */
    public record Status(String activeKeyId, java.util.Map<String, Long> documentsByKey, boolean missingKeys) {

        public boolean complete() {
            return documentsByKey.keySet().stream().allMatch(activeKeyId::equals);
        }
    }

    public Status status() {
        KeyEncryptionKeys keys = settings.keys();
        java.util.Map<String, Long> byKey = documents.documentsByKey();
        return new Status(keys.activeId(), byKey, byKey.keySet().stream().anyMatch(k -> !keys.has(k)));
    }

    public Result rewrapAll() {
        KeyEncryptionKeys keys = settings.keys();
        int rewrapped = 0;
        int failed = 0;
        List<Document> batch;
        while (!(batch = documents.wrappedByOtherThan(keys.activeId(), 500)).isEmpty()) {
            int before = rewrapped;
            for (Document d : batch) {
                try {
                    KeyEncryptionKeys.WrappedKey now = keys.rewrap(d.wrappedKey());
                    if (documents.rewrap(d.id(), d.wrappedKey().kekId(), now)) {
                        rewrapped++;
                    }
                } catch (GeneralSecurityException e) {
                    failed++;
                    LOG.severe("Document " + d.id() + " cannot be rewrapped: " + e.getMessage()
                            + " (is its key " + d.wrappedKey().kekId() + " still configured?)");
                }
            }
            if (rewrapped == before) {
                break; // only failures left: do not loop over them forever
            }
        }
        LOG.info("Key rotation: " + rewrapped + " data keys rewrapped with " + keys.activeId() + ", " + failed + " failed");
        return new Result(rewrapped, failed);
    }
}
