package eu.flightclaim.claims.infrastructure.batch;

import eu.flightclaim.claims.domain.model.airport.AirportRecord;
import eu.flightclaim.claims.infrastructure.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;

/** Upserts a chunk of airports by IATA code, so a re-run updates rows and never duplicates them. */
@Named("airportUpsertWriter")
@Dependent
public class AirportUpsertWriter extends AbstractItemWriter {

    static final String UPSERT = """
            INSERT INTO airport (iata_code, icao_code, name, city, country_code, latitude, longitude, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (iata_code) DO UPDATE SET icao_code = EXCLUDED.icao_code, name = EXCLUDED.name,
                city = EXCLUDED.city, country_code = EXCLUDED.country_code, latitude = EXCLUDED.latitude,
                longitude = EXCLUDED.longitude, updated_at = now()
            WHERE (airport.icao_code, airport.name, airport.city, airport.country_code, airport.latitude,
                   airport.longitude) IS DISTINCT FROM (EXCLUDED.icao_code, EXCLUDED.name, EXCLUDED.city,
                   EXCLUDED.country_code, EXCLUDED.latitude, EXCLUDED.longitude)
            """;

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (Object item : items) {
                bind(ps, (AirportRecord) item);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Sets the parameters of {@link #UPSERT} for one airport. */
    static void bind(PreparedStatement ps, AirportRecord a) throws SQLException {
        ps.setString(1, a.iataCode());
        setNullable(ps, 2, a.icaoCode());
        ps.setString(3, a.name());
        setNullable(ps, 4, a.city());
        ps.setString(5, a.countryCode());
        ps.setDouble(6, a.latitude());
        ps.setDouble(7, a.longitude());
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
