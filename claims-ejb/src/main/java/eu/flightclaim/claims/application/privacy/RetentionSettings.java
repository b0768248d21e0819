package eu.flightclaim.claims.application.privacy;

import eu.flightclaim.claims.domain.model.privacy.RetentionPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The retention periods as the operator set them (read at each use: a change applies to the next run). */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "FC_RETENTION_DAYS_AFTER_DEADLINE", defaultValue = "90")
    private jakarta.inject.Provider<Integer> daysAfterDeadline;
    @Inject
    @ConfigProperty(name = "FC_RETENTION_YEARS_WITHOUT_DEADLINE", defaultValue = "6")
    private jakarta.inject.Provider<Integer> yearsWithoutDeadline;
    @Inject
    @ConfigProperty(name = "FC_RETENTION_IDLE_ACCOUNT_DAYS", defaultValue = "730")
    private jakarta.inject.Provider<Integer> idleAccountDays;

    /** A period out of range stops the deployment, naming it, rather than the first erasure. */
    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        periods();
    }

    public RetentionPeriods periods() {
        return new RetentionPeriods(daysAfterDeadline.get(), yearsWithoutDeadline.get(), idleAccountDays.get());
    }
}
