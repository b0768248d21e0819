package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.scan.VirusScanner;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import java.util.Optional;

/**
 * The configured store and scanner (FC_STORAGE, FC_WEBDAV_*, FC_CLAMD_*), built by
 * {@code infrastructure.storage.ConfiguredBackends}.
 */
public interface DocumentBackends {

    /** The store, with retries and a circuit breaker. */
    DocumentStore store();

    /** Why documents cannot be stored or read right now, or empty when the store answers. */
    Optional<String> storeFault();

    /** The virus scanner, or null when none is configured. */
    VirusScanner scanner();
}
