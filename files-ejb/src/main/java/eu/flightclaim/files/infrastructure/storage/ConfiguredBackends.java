package eu.flightclaim.files.infrastructure.storage;

import eu.flightclaim.files.application.DocumentBackends;
import eu.flightclaim.files.domain.model.scan.VirusScanner;
import eu.flightclaim.files.domain.model.storage.Backoff;
import eu.flightclaim.files.domain.model.storage.CircuitBreaker;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import eu.flightclaim.files.domain.model.storage.StorageException;
import eu.flightclaim.files.infrastructure.scanning.ClamdScanner;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store and the scanner the configuration names, built once: a misconfiguration fails the first
 * upload with a clear message instead of the deployment.
 */
@ApplicationScoped
public class ConfiguredBackends implements DocumentBackends {

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
    @ConfigProperty(name = "FC_WEBDAV_CHUNK_BYTES", defaultValue = "8388608")
    long chunkBytes;
    @Inject
    @ConfigProperty(name = "FC_STORAGE_RETRIES", defaultValue = "4")
    int retries;
    @Inject
    @ConfigProperty(name = "FC_CLAMD_HOST")
    Optional<String> clamdHost;
    @Inject
    @ConfigProperty(name = "FC_CLAMD_PORT", defaultValue = "3310")
    int clamdPort;
    @Inject
    @ConfigProperty(name = "FC_STORAGE_BREAKER_OPEN_SECONDS", defaultValue = "30")
    long breakerOpenSeconds;

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
                    backoff, connectTimeout, readTimeout, chunkBytes);
            case "local" -> new LocalDiskStore(Path.of(storageDir.orElse(System.getProperty("java.io.tmpdir")
                    + "/flightclaim-documents")));
            default -> throw new IllegalStateException("FC_STORAGE must be local or webdav, is " + storage);
        };
    }

    /** Whether this instance's circuit breaker is resting the store now. */
    public boolean breakerOpen() {
        return breaker.isOpen();
    }

    /**
     * Why documents cannot be stored or read right now, or empty when the store answers: the breaker
     * resting it, or one quick request (the size of an object that does not exist) failing.
     */
    @Override
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

    @Override
    public DocumentStore store() {
        return store;
    }

    @Override
    public VirusScanner scanner() {
        return scanner;
    }
}
