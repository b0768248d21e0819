package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.domain.model.compensation.Carrier;
import eu.flightclaim.claims.domain.model.compensation.LimitationPeriod;
import eu.flightclaim.claims.domain.model.compensation.Place;
import eu.flightclaim.claims.domain.model.country.Membership;
import eu.flightclaim.claims.infrastructure.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The reference tables the engine reads on every request, held in memory as an immutable
 * snapshot (a few thousand rows): the eligibility check touches no database. Reloaded after every
 * reference-data import; loaded again on use while the tables are still empty (first start).
 */
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class.getName());
    private static final long EMPTY_RETRY_MILLIS = 2000;

    /** One consistent view of the reference tables. */
    public record Snapshot(Map<String, Place> airports, Map<String, Carrier> carriers,
            Map<String, Membership> countries, Map<String, LimitationPeriod> limitationPeriods, long loadedAt) {

        public boolean isComplete() {
            return !airports.isEmpty() && !carriers.isEmpty() && !countries.isEmpty() && !limitationPeriods.isEmpty();
        }
    }

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    private volatile Snapshot snapshot;

    public Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null || !s.isComplete() && System.currentTimeMillis() - s.loadedAt() > EMPTY_RETRY_MILLIS) {
            s = reload();
        }
        return s;
    }

    /** Staff corrected a reference row: the engine sees it from the next request on (this instance). */
    void edited(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
            ReferenceDataEditing.Edited edit) {
        reload();
    }

    public synchronized Snapshot reload() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            Map<String, Membership> countries = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT code, membership FROM country")) {
                while (rs.next()) {
                    countries.put(rs.getString(1), Membership.valueOf(rs.getString(2)));
                }
            }
            Map<String, Place> airports = new HashMap<>(8192);
            try (ResultSet rs = st.executeQuery("SELECT iata_code, country_code, latitude, longitude FROM airport")) {
                while (rs.next()) {
                    String country = rs.getString(2);
                    airports.put(rs.getString(1), new Place(rs.getString(1), country, membership(countries, country),
                            rs.getDouble(3), rs.getDouble(4)));
                }
            }
            Map<String, Carrier> carriers = new HashMap<>(512);
            try (ResultSet rs = st.executeQuery("SELECT iata_code, name, country_code FROM airline")) {
                while (rs.next()) {
                    String country = rs.getString(3);
                    carriers.put(rs.getString(1), new Carrier(rs.getString(1), rs.getString(2), country,
                            membership(countries, country)));
                }
            }
            Map<String, LimitationPeriod> periods = new HashMap<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT country_code, amount, unit, ends_at_year_end, basis FROM limitation_period")) {
                while (rs.next()) {
                    periods.put(rs.getString(1), new LimitationPeriod(rs.getString(1), rs.getInt(2),
                            LimitationPeriod.Unit.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getString(5)));
                }
            }
            Snapshot s = new Snapshot(Map.copyOf(airports), Map.copyOf(carriers), Map.copyOf(countries),
                    Map.copyOf(periods), System.currentTimeMillis());
            snapshot = s;
            LOG.info(() -> "Reference data loaded: " + s.airports().size() + " airports, " + s.carriers().size()
                    + " airlines, " + s.countries().size() + " countries, " + s.limitationPeriods().size()
                    + " limitation periods");
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the reference data failed", e);
        }
    }

    private static Membership membership(Map<String, Membership> countries, String code) {
        return countries.getOrDefault(code, Membership.OTHER);
    }
}
