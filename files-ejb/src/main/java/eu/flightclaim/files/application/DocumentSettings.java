package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import eu.flightclaim.files.domain.model.crypto.SegmentedEncryption;
import eu.flightclaim.files.domain.model.storage.Backoff;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import eu.flightclaim.files.infrastructure.scanning.ClamdScanner;
import eu.flightclaim.files.domain.model.storage.CircuitBreaker;
import eu.flightclaim.files.domain.model.storage.StorageException;
import eu.flightclaim.files.infrastructure.storage.GuardedStore;
import eu.flightclaim.files.infrastructure.storage.LocalDiskStore;
import eu.flightclaim.files.infrastructure.storage.WebDavStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
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
    @ConfigProperty(name = "FC_STORAGE", defaultValue = "local")
    String storage;
    @Inject
    @ConfigProperty(name = "FC_STORAGE_DIR")
    Optional<String> storageDir;
    @Inject
    @ConfigProperty(name = "FC_WEBDAV_URL")
    Optional<String> webDavUrl;
    @Inject
    @ConfigProperty(name = "FC_WEBDAV_USER")
    Optional<String> webDavUser;
    @Inject
    @ConfigProperty(name = "FC_WEBDAV_PASSWORD")
    Optional<String> webDavPassword;
    @Inject
    @ConfigProperty(name = "FC_STORAGE_RETRIES", defaultValue = "4")
    int retries;
    @Inject
    @ConfigProperty(name = "FC_UPLOAD_TEMP_DIR")
    Optional<String> tempDir;

    @Inject
    @ConfigProperty(name = "FC_CLAMD_HOST")
    Optional<String> clamdHost;
    @Inject
    @ConfigProperty(name = "FC_CLAMD_PORT", defaultValue = "3310")
    int clamdPort;
    @Inject
    @ConfigProperty(name = "FC_SCAN_REQUIRED", defaultValue = "false")
    boolean scanRequired;

    @Inject
    @ConfigProperty(name = "FC_STORAGE_BREAKER_OPEN_SECONDS", defaultValue = "30")
    long breakerOpenSeconds;

    private volatile KeyEncryptionKeys keys;
    private volatile String keysSpec;
    private ClamdScanner scanner;
    private DocumentStore store;
    private CircuitBreaker breaker;
    /** The same store, one attempt with short timeouts and no breaker: for asking it how it is now. */
    private DocumentStore probe;

    @PostConstruct
    void init() {
        scanner = clamdHost.filter(h -> !h.isBlank()).map(h -> new ClamdScanner(h.trim(), clamdPort,
                Duration.ofSeconds(60))).orElse(null);
        Backoff backoff = new Backoff(Math.max(1, retries), Duration.ofMillis(200), Duration.ofSeconds(5));
        DocumentStore configured = store(backoff, Duration.ofSeconds(10), Duration.ofSeconds(120));
        probe = store(new Backoff(1, Duration.ZERO, Duration.ZERO), Duration.ofSeconds(3), Duration.ofSeconds(5));
        // 3 failures in the last 4 operations (each after its retries) rest the store for a while
        breaker = new CircuitBreaker(4, 0.75, Duration.ofSeconds(breakerOpenSeconds), Clock.systemUTC());
        store = new GuardedStore(configured, breaker);
    }

    private DocumentStore store(Backoff backoff, Duration connectTimeout, Duration readTimeout) {
        return switch (storage.trim().toLowerCase(Locale.ROOT)) {
            case "webdav" -> new WebDavStore(webDavUrl.orElseThrow(() -> new IllegalStateException(
                    "FC_STORAGE=webdav needs FC_WEBDAV_URL")), webDavUser.orElse(null), webDavPassword.orElse(null),
                    backoff, connectTimeout, readTimeout);
            case "local" -> new LocalDiskStore(Path.of(storageDir.orElse(System.getProperty("java.io.tmpdir")
                    + "/flightclaim-documents")));
            default -> throw new IllegalStateException("FC_STORAGE must be local or webdav, is " + storage);
        };
    }

    /**
     * Why documents cannot be stored or read right now, or empty when the store answers: the breaker
     * resting it, or one quick request (the size of an object that does not exist) failing.
     */
    public Optional<String> storeFault() {
        if (breaker.isOpen()) {
            return Optional.of("resting after repeated failures (circuit open): " + store.describe());
        }
        try {
            probe.size(".flightclaim-probe");
            return Optional.empty();
        } catch (StorageException e) {
            return Optional.of(e.getMessage() + ": " + store.describe());
        }
    }

    /** Why clamd cannot scan right now, or empty when it answers; call only when {@link #scanner()} is set. */
    public Optional<String> scannerFault() {
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
    public ClamdScanner scanner() {
        return scanner;
    }

    /** Without a scanner, documents wait in SCANNING (true) or are kept unscanned (false). */
    public boolean scanRequired() {
        return scanRequired;
    }

    public DocumentStore store() {
        return store;
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
