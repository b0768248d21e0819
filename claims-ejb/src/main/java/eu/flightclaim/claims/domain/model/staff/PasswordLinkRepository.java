package eu.flightclaim.claims.domain.model.staff;

import java.time.Duration;
import java.util.Optional;

/** Single-use links that let a member of staff set a password; only the token's hash is kept. */
public interface PasswordLinkRepository {

    enum Purpose { INVITE, RESET }

    /** A valid link: whose it is and what it is for. */
    record PasswordLink(long staffAccountId, Purpose purpose) {
    }

    /** A link valid for {@code validity} from now, by the database's clock. */
    void add(String tokenHash, long staffAccountId, Purpose purpose, Duration validity);

    /** The link, if unused and not expired, locked until the transaction ends. */
    Optional<PasswordLink> lockValid(String tokenHash);

    void markUsed(String tokenHash);
}
