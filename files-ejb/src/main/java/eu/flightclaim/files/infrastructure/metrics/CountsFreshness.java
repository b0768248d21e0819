package eu.flightclaim.files.infrastructure.metrics;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * How long ago the counts behind a set of gauges were last read from the database. While the query
 * fails (the database unreachable, a table locked past the query's 5 s timeout) those gauges keep their
 * last value, which would silence the alerts on them; this one grows, and an alert fires on it.
 */
public final class CountsFreshness {

    private volatile long refreshedAt = System.nanoTime();

    private CountsFreshness() {
    }

    /** Registered before the first count: the age runs from then, so counts that never succeed grow old too. */
    public static CountsFreshness register(MetricRegistry registry, String counts) {
        CountsFreshness f = new CountsFreshness();
        registry.gauge(Metadata.builder().withName("flightclaim_gauge_counts_age")
                .withDescription("How long ago this instance last read the counts behind the database gauges; it grows"
                        + " while the query fails, and those gauges then show old values")
                .withUnit(MetricUnits.SECONDS).build(), f, CountsFreshness::ageSeconds, new Tag("counts", counts));
        return f;
    }

    public void refreshed() {
        refreshedAt = System.nanoTime();
    }

    double ageSeconds() {
        return (System.nanoTime() - refreshedAt) / 1e9;
    }
}
