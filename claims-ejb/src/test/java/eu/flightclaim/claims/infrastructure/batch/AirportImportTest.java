package eu.flightclaim.claims.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.MigratedDatabase;
import eu.flightclaim.claims.domain.model.airport.AirportRecord;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packaged airport file, the reader's checkpoints, and the writer's upsert on a real PostgreSQL. */
class AirportImportTest {

    @Test
    void thePackagedFileParsesWholeWithUniqueCodes() throws Exception {
        List<AirportRecord> all = readAll(null);
        assertTrue(all.size() > 4000, "airports: " + all.size());
        Set<String> codes = new HashSet<>();
        all.forEach(a -> assertTrue(codes.add(a.iataCode()), "duplicate " + a.iataCode()));
        AirportRecord fra = all.stream().filter(a -> a.iataCode().equals("FRA")).findFirst().orElseThrow();
        assertEquals("EDDF", fra.icaoCode());
        assertEquals("DE", fra.countryCode());
        assertTrue(codes.containsAll(Set.of("JFK", "LHR", "CDG", "RUN", "KEF", "ZRH")));
    }

    @Test
    void aRestartResumesAfterTheCheckpoint() throws Exception {
        AirportFileReader reader = new AirportFileReader();
        reader.open(null);
        for (int i = 0; i < 10; i++) {
            reader.readItem();
        }
        Serializable checkpoint = reader.checkpointInfo();
        AirportRecord eleventh = (AirportRecord) reader.readItem();
        reader.close();

        AirportFileReader restarted = new AirportFileReader();
        restarted.open(checkpoint);
        assertEquals(eleventh, restarted.readItem());
        restarted.close();
    }

    @Test
    void upsertingTwiceNeitherDuplicatesNorRewritesAndAChangeUpdates() throws SQLException {
        AirportRecord ber = new AirportRecord("BER", "EDDB", "Berlin Brandenburg Airport", "Berlin", "DE", 52.35, 13.49);
        try (Connection c = MigratedDatabase.connection()) {
            upsert(c, ber);
            Timestamp first = updatedAt(c, "BER");
            upsert(c, ber);
            assertEquals(first, updatedAt(c, "BER"), "an unchanged row is not rewritten");
            assertEquals(1, count(c, "BER"));

            upsert(c, new AirportRecord("BER", "EDDB", "Berlin Brandenburg Willy Brandt", "Berlin", "DE", 52.35, 13.49));
            assertEquals(1, count(c, "BER"));
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name FROM airport WHERE iata_code = 'BER'")) {
                rs.next();
                assertEquals("Berlin Brandenburg Willy Brandt", rs.getString(1));
            }
        }
    }

    private static List<AirportRecord> readAll(Serializable checkpoint) throws Exception {
        AirportFileReader reader = new AirportFileReader();
        reader.open(checkpoint);
        List<AirportRecord> all = new ArrayList<>();
        for (Object item = reader.readItem(); item != null; item = reader.readItem()) {
            all.add((AirportRecord) item);
        }
        reader.close();
        return all;
    }

    private static void upsert(Connection c, AirportRecord a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AirportUpsertWriter.UPSERT)) {
            AirportUpsertWriter.bind(ps, a);
            ps.executeUpdate();
        }
    }

    private static Timestamp updatedAt(Connection c, String code) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT updated_at FROM airport WHERE iata_code = '" + code + "'")) {
            rs.next();
            assertNotNull(rs.getTimestamp(1));
            return rs.getTimestamp(1);
        }
    }

    private static long count(Connection c, String code) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM airport WHERE iata_code = '" + code + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
