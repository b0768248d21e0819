package eu.flightclaim.claims.application.notification;

import eu.flightclaim.claims.domain.model.notification.RetryPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The outbox's retry policy from configuration, read in one place by the dispatcher and the sweeper. */
@Dependent
public class MailRetrySettings {

    @Inject
    @ConfigProperty(name = "FC_MAIL_RETRY_BASE_SECONDS", defaultValue = "30")
    long retryBaseSeconds;
    @Inject
    @ConfigProperty(name = "FC_MAIL_MAX_ATTEMPTS", defaultValue = "5")
    int maxAttempts;

    @Produces
    RetryPolicy mailRetryPolicy() {
        return new RetryPolicy(Duration.ofSeconds(retryBaseSeconds), maxAttempts);
    }
}
