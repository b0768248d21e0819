package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import eu.flightclaim.files.domain.model.crypto.SegmentedEncryption;
import eu.flightclaim.files.domain.model.scan.VirusScanner;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents' configuration (every FC_* variable of this module, see the README): keys,
 * storage back-end, temporary folder, quota. Built once; a misconfiguration fails the first upload
 * with a clear message instead of the deployment.
 */
@ApplicationScoped
public class DocumentSettings {

    @Inject
    @ConfigProperty(name = "FC_UPLOAD_TEMP_DIR")
    Optional<String> tempDir;

    @Inject
    @ConfigProperty(name = "FC_SCAN_REQUIRED", defaultValue = "false")
    boolean scanRequired;

    @Inject
    private DocumentBackends backends;
    private volatile KeyEncryptionKeys keys;
    private volatile String keysSpec;

    /** Why documents cannot be stored or read right now, or empty when the store answers. */
    public Optional<String> storeFault() {
        return backends.storeFault();
    }

    /** Why clamd cannot scan right now, or empty when it answers; call only when {@link #scanner()} is set. */
    public Optional<String> scannerFault() {
        VirusScanner scanner = backends.scanner();
        return scanner.ping() ? Optional.empty() : Optional.of("no answer to PING: " + scanner.describe());
    }

    /**
     * The key-encryption keys; without them documents cannot be stored or read. Read from the
     * configuration on every use (parsed again only when it changed): rotating keys needs no redeploy.
     */
    public KeyEncryptionKeys keys() {
        String spec = ConfigProvider.getConfig().getOptionalValue("FC_DOCUMENT_KEYS", String.class).orElse("");
        if (!spec.equals(keysSpec)) {
            try {
                keys = KeyEncryptionKeys.parse(spec);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("FC_DOCUMENT_KEYS: " + e.getMessage());
            }
            keysSpec = spec;
        }
        return keys;
    }

    /** The virus scanner, or null when FC_CLAMD_HOST is not set. */
    public VirusScanner scanner() {
        return backends.scanner();
    }

    /** Without a scanner, documents wait in SCANNING (true) or are kept unscanned (false). */
    public boolean scanRequired() {
        return scanRequired;
    }

    public DocumentStore store() {
        return backends.store();
    }

    public Path tempDir() {
        return Path.of(tempDir.orElse(System.getProperty("java.io.tmpdir") + "/flightclaim-uploads"));
    }

    /** Read at each upload, so an operator can change it without a redeploy. */
    public long quotaBytes() {
        return ConfigProvider.getConfig().getOptionalValue("FC_STORAGE_QUOTA_BYTES", Long.class).orElse(200L << 20);
    }

    public int segmentSize() {
        return SegmentedEncryption.DEFAULT_SEGMENT_SIZE;
    }
}
