package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.application.system.OperationsMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rate limits of the sign-in endpoints and the customer's data export, counted in JCache (the Hazelcast data grid Payara ships), so
 * they hold across a cluster. Fixed windows: a counter per kind, key and window, which expires with
 * its window. Limits are configuration (FC_RATE_*, defaults in the README).
 */
@ApplicationScoped
public class RateLimits {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration QUARTER = Duration.ofMinutes(15);

    @Inject
    private CacheManager caches;

    @Inject
    @ConfigProperty(name = "FC_RATE_MAGIC_LINK_PER_EMAIL", defaultValue = "5")
    private int magicLinkPerEmail;
    @Inject
    @ConfigProperty(name = "FC_RATE_MAGIC_LINK_PER_IP", defaultValue = "30")
    private int magicLinkPerIp;
    @Inject
    @ConfigProperty(name = "FC_RATE_VERIFY_FAILURES_PER_IP", defaultValue = "20")
    private int verifyFailuresPerIp;
    @Inject
    @ConfigProperty(name = "FC_RATE_STAFF_LOGIN_PER_IP", defaultValue = "30")
    private int staffLoginPerIp;
    @Inject
    @ConfigProperty(name = "FC_RATE_REFRESH_PER_IP", defaultValue = "120")
    private int refreshPerIp;
    @Inject
    @ConfigProperty(name = "FC_RATE_DATA_EXPORT_PER_CUSTOMER", defaultValue = "10")
    private int dataExportPerCustomer;

    @Inject
    private OperationsMetrics metrics;

    private final Map<Duration, Cache<String, Long>> byWindow = new ConcurrentHashMap<>();

    /** Sign-in links: per address per hour, and per client address per hour. */
    public void magicLinkRequest(String email, String ip) {
        count("magic-link-email", email.trim().toLowerCase(Locale.ROOT), magicLinkPerEmail, HOUR,
                "Too many sign-in links were asked for this address.");
        count("magic-link-ip", ip, magicLinkPerIp, HOUR, "Too many sign-in links were asked from your network.");
    }

    /** Refuses verification from an address that failed too often; call {@link #verifyFailed} on each failure. */
    public void beforeVerify(String ip) {
        check("verify-failure-ip", ip, verifyFailuresPerIp, QUARTER, "Too many invalid sign-in attempts.");
    }

    public void verifyFailed(String ip) {
        increment("verify-failure-ip", ip, QUARTER);
    }

    public void staffLogin(String ip) {
        count("staff-login-ip", ip, staffLoginPerIp, QUARTER, "Too many sign-in attempts from your network.");
    }

    public void refresh(String ip) {
        count("refresh-ip", ip, refreshPerIp, QUARTER, "Too many token refreshes from your network.");
    }

    /**
     * A customer's downloads of their data, per clock hour: each reads and decrypts every document of
     * theirs. Counted when asked for, so one that fails counts too.
     */
    public void dataExport(UUID customer) {
        count("data-export-customer", customer.toString(), dataExportPerCustomer, HOUR,
                "Too many downloads of your data were asked for this hour.");
    }

    private void count(String kind, String key, int limit, Duration window, String message) {
        if (increment(kind, key, window) > limit) {
            metrics.rateLimited(kind);
            throw new RateLimitedException(message, retryAfter(window));
        }
    }

    private void check(String kind, String key, int limit, Duration window, String message) {
        Long n = cache(window).get(id(kind, key, window));
        if (n != null && n >= limit) {
            metrics.rateLimited(kind);
            throw new RateLimitedException(message, retryAfter(window));
        }
    }

    /** Atomically adds one (compare-and-set on the grid; plain Longs, so no class has to travel). */
    private long increment(String kind, String key, Duration window) {
        Cache<String, Long> cache = cache(window);
        String id = id(kind, key, window);
        while (true) {
            Long current = cache.get(id);
            if (current == null) {
                if (cache.putIfAbsent(id, 1L)) {
                    return 1;
                }
            } else if (cache.replace(id, current, current + 1)) {
                return current + 1;
            }
        }
    }

    private static String id(String kind, String key, Duration window) {
        return kind + ":" + key + ":" + System.currentTimeMillis() / window.toMillis();
    }

    private static Duration retryAfter(Duration window) {
        long ms = window.toMillis();
        return Duration.ofMillis(ms - System.currentTimeMillis() % ms).plusSeconds(1);
    }

    private Cache<String, Long> cache(Duration window) {
        return byWindow.computeIfAbsent(window, w -> {
            String name = "flightclaim-rate-limits-" + w.toSeconds();
            Cache<String, Long> c = caches.getCache(name, String.class, Long.class);
            if (c != null) {
                return c;
            }
            try {
                return caches.createCache(name, new MutableConfiguration<String, Long>().setTypes(String.class, Long.class)
                        .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                                new javax.cache.expiry.Duration(java.util.concurrent.TimeUnit.SECONDS, w.toSeconds()))));
            } catch (CacheException createdElsewhere) {
                return caches.getCache(name, String.class, Long.class);
            }
        });
    }
}
