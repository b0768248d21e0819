package eu.flightclaim.claims.application.system;

import java.util.Optional;

/**
 * A service outside this instance that the product can do without for a while (the outbox waits
 * for SMTP, uploads answer 503 while the document store is away, documents wait for clamd): one
 * implementation each, in infrastructure.
 */
public interface DependencyProbe {

    /** The name in reports and metrics: {@code mail}, {@code document-store}, {@code virus-scanner}. */
    String name();

    /** Whether this instance is set up to use it at all (clamd is optional). */
    boolean configured();

    /** Why it cannot be used right now, or empty when it answers; bounded by the probe's own timeouts. */
    Optional<String> fault();
}
