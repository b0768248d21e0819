package eu.flightclaim.claims.domain.model.identity;

import java.time.Duration;
import java.util.Optional;

/** Magic sign-in links, by the hash of their token; valid and spent by the database's clock. */
public interface MagicLinkRepository {

    /** Spends every unused link of the email (case-insensitive; {@code email} lower-cased by the caller). */
    void spendAllOf(String lowerCaseEmail);

    void add(String tokenHash, String email, Duration validity, String requestedIp);

    /** Spends the link if it is unused and not expired: the email it was for. */
    Optional<String> spend(String tokenHash);
}
