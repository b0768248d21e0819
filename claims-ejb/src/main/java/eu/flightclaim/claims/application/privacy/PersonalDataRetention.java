package eu.flightclaim.claims.application.privacy;

import eu.flightclaim.claims.domain.model.privacy.RetentionPeriods;
import eu.flightclaim.files.application.DocumentHousekeeping;
import eu.flightclaim.files.domain.model.storage.StorageException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retention (GDPR Art. 5(1)(e)): a finished claim whose period ended ({@link RetentionPeriods}) loses its
 * documents from the store, then its personal data (one transaction); a customer left with nothing is
 * forgotten. Safe to stop anywhere and run again: a claim is anonymised only after its documents are
 * gone, and a store that is down stops the run with the claim untouched.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonalDataRetention {

    private static final Logger LOG = Logger.getLogger(PersonalDataRetention.class.getName());
    private static final int BATCH = 100;

    /** What a run did. */
    public record Run(int claimsAnonymised, int documentsErased, int customersForgotten) {
    }

    @EJB
    private ErasureSteps steps;
    @EJB
    private DocumentHousekeeping documents;
    @Inject
    private RetentionSettings settings;

    /** Everyone's claims and accounts whose retention ended before today (UTC). */
    public Run run() throws StorageException {
        return run(null);
    }

    /** One customer's, right after their erasure was carried out; a store that is down leaves it to the daily run. */
    public Run runFor(UUID customer) {
        try {
            return run(customer);
        } catch (StorageException | RuntimeException e) {
            // the erasure itself is done and committed: what is left waits for the daily run
            LOG.log(Level.WARNING, "What an erased customer's expired claims still hold waits for the daily"
                    + " retention run", e);
            return new Run(0, 0, 0);
        }
    }

    private Run run(UUID customer) throws StorageException {
        RetentionPeriods periods = settings.periods();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int claims = 0;
        int files = 0;
        for (List<UUID> due = steps.retentionEnded(today, periods, customer, BATCH); !due.isEmpty();
                due = steps.retentionEnded(today, periods, customer, BATCH)) {
            int before = claims;
            for (UUID claim : due) {
                String email = steps.emailOfCustomerOf(claim).orElse(null);
                int erased = documents.eraseClaim(claim);
                if (steps.anonymise(claim, email, erased)) {
                    claims++;
                    files += erased;
                }
            }
            if (claims == before) {
                break; // nothing moved: never loop on the same claims
            }
        }
        int forgotten = 0;
        LocalDate idleSince = today.minusDays(periods.idleAccountDays());
        for (List<UUID> due = steps.toForget(idleSince, customer, BATCH); !due.isEmpty();
                due = steps.toForget(idleSince, customer, BATCH)) {
            due.forEach(steps::forget);
            forgotten += due.size();
        }
        return new Run(claims, files, forgotten);
    }
}
