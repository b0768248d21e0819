package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.application.reference.ReferenceData;
import eu.flightclaim.claims.application.reference.ReferenceTables;
import eu.flightclaim.claims.domain.model.compensation.Carrier;
import eu.flightclaim.claims.domain.model.compensation.LimitationPeriod;
import eu.flightclaim.claims.domain.model.compensation.Place;
import eu.flightclaim.claims.domain.model.country.Membership;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The reference tables read whole with plain JDBC on a connection of their own: a few thousand rows
 * straight into the engine's types, whatever transaction the caller is in.
 */
@ApplicationScoped
public class JdbcReferenceTables implements ReferenceTables {

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public ReferenceData.Snapshot read() {
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
            return new ReferenceData.Snapshot(Map.copyOf(airports), Map.copyOf(carriers), Map.copyOf(countries),
                    Map.copyOf(periods), System.currentTimeMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the reference data failed", e);
        }
    }

    private static Membership membership(Map<String, Membership> countries, String code) {
        return countries.getOrDefault(code, Membership.OTHER);
    }
}
