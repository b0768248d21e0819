package eu.flightclaim.claims.application.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers "is this access token's session revoked?" on every authenticated request. The answer
 * comes from the database and is remembered for {@code FC_SESSION_CHECK_SECONDS} (default 30) per
 * instance: a revoked session's access tokens stop working within that bound on every instance
 * of a cluster (at once on the instance that revoked it), at one query per session per period.
 */
@ApplicationScoped
public class SessionRevocations {

    private record Checked(boolean revoked, long at) {
    }

    @EJB
    private SessionService sessions;
    @Inject
    @ConfigProperty(name = "FC_SESSION_CHECK_SECONDS", defaultValue = "30")
    private long checkSeconds;

    private final Map<UUID, Checked> checked = new ConcurrentHashMap<>();

    public boolean isRevoked(UUID session) {
        long now = System.currentTimeMillis();
        Checked c = checked.get(session);
        if (c == null || now - c.at() > checkSeconds * 1000) {
            if (checked.size() > 100_000) {
                checked.clear(); // bounded memory; a miss only costs a query
            }
            c = new Checked(sessions.isRevoked(session), now);
            checked.put(session, c);
        }
        return c.revoked();
    }

    /** Forgets what this instance knew about a session it just revoked. */
    public void forget(UUID session) {
        checked.remove(session);
    }
}
