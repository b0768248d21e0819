package eu.flightclaim.claims.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.MigratedDatabase;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packaged reference files, the reader's checkpoints, and the upserts on a real PostgreSQL. */
class ReferenceImportTest {

    @Test
    void everyPackagedFileParsesWholeWithUniqueKeys() throws Exception {
        Map<ReferenceFile, Integer> minimum = Map.of(ReferenceFile.COUNTRIES, 240, ReferenceFile.AIRLINES, 150,
                ReferenceFile.AIRPORTS, 4000, ReferenceFile.LIMITATION_PERIODS, 22);
        for (ReferenceFile file : ReferenceFile.values()) {
            List<Object[]> rows = readAll(file);
            assertTrue(rows.size() >= minimum.get(file), file + ": " + rows.size());
            Set<Object> keys = new HashSet<>();
            rows.forEach(r -> assertTrue(keys.add(r[0]), file + " repeats " + r[0]));
        }
    }

    @Test
    void theFilesAgreeOnWhatTheEngineNeeds() throws Exception {
        Map<Object, Object> membership = new HashMap<>();
        readAll(ReferenceFile.COUNTRIES).forEach(r -> membership.put(r[0], r[2]));
        for (String eu : new String[] {"DE", "FR", "RE", "GP", "MQ", "GF", "YT", "MF"}) {
            assertEquals("EU", membership.get(eu), eu);
        }
        assertEquals("EEA", membership.get("NO"));
        assertEquals("CH", membership.get("CH"));
        assertEquals("UK", membership.get("GB"));
        assertEquals("OTHER", membership.get("US"));
        Map<Object, Object> airlineCountry = new HashMap<>();
        readAll(ReferenceFile.AIRLINES).forEach(r -> airlineCountry.put(r[0], r[3]));
        assertEquals("DE", airlineCountry.get("LH"));
        assertEquals("IE", airlineCountry.get("FR"));
        assertEquals("GB", airlineCountry.get("U2"));
        assertEquals("AT", airlineCountry.get("EC"));
        assertEquals("EE", airlineCountry.get("DI"));
        assertEquals("TR", airlineCountry.get("XQ"));
        airlineCountry.values().forEach(c -> assertTrue(membership.containsKey(c), "airline country " + c + " is known"));
        readAll(ReferenceFile.LIMITATION_PERIODS)
                .forEach(r -> assertTrue(membership.containsKey(r[0]), "limitation country " + r[0] + " is known"));
    }

    @Test
    void aRestartResumesAfterTheCheckpoint() throws Exception {
        ReferenceFileReader reader = new ReferenceFileReader(ReferenceFile.AIRPORTS);
        reader.open(null);
        for (int i = 0; i < 10; i++) {
            reader.readItem();
        }
        Serializable checkpoint = reader.checkpointInfo();
        Object[] eleventh = (Object[]) reader.readItem();
        reader.close();

        ReferenceFileReader restarted = new ReferenceFileReader(ReferenceFile.AIRPORTS);
        restarted.open(checkpoint);
        assertTrue(Arrays.equals(eleventh, (Object[]) restarted.readItem()));
        restarted.close();
    }

    @Test
    void upsertingTwiceNeitherDuplicatesNorRewritesAndAChangeUpdates() throws SQLException {
        Object[] ber = ReferenceFile.AIRPORTS.parse("BER\tEDDB\tBerlin Brandenburg Airport\tBerlin\tDE\t52.35\t13.49");
        try (Connection c = MigratedDatabase.connection()) {
            upsert(c, ReferenceFile.AIRPORTS, ber);
            Timestamp first = updatedAt(c, "BER");
            upsert(c, ReferenceFile.AIRPORTS, ber);
            assertEquals(first, updatedAt(c, "BER"), "an unchanged row is not rewritten");
            assertEquals(1, count(c, "BER"));

            upsert(c, ReferenceFile.AIRPORTS,
                    ReferenceFile.AIRPORTS.parse("BER\tEDDB\tBerlin Brandenburg Willy Brandt\tBerlin\tDE\t52.35\t13.49"));
            assertEquals(1, count(c, "BER"));
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name FROM airport WHERE iata_code = 'BER'")) {
                rs.next();
                assertEquals("Berlin Brandenburg Willy Brandt", rs.getString(1));
            }
        }
    }

    @Test
    void everyFileUpsertsIntoItsTable() throws Exception {
        try (Connection c = MigratedDatabase.connection()) {
            for (ReferenceFile file : ReferenceFile.values()) {
                List<Object[]> rows = readAll(file);
                for (Object[] row : rows.subList(0, 5)) {
                    upsert(c, file, row);
                    upsert(c, file, row);
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT count(*) FROM country), (SELECT count(*) FROM airline),"
                            + " (SELECT count(*) FROM limitation_period)")) {
                rs.next();
                assertEquals(5, rs.getInt(1));
                assertEquals(5, rs.getInt(2));
                assertEquals(5, rs.getInt(3));
            }
        }
    }

    private static List<Object[]> readAll(ReferenceFile file) throws Exception {
        ReferenceFileReader reader = new ReferenceFileReader(file);
        reader.open(null);
        List<Object[]> all = new ArrayList<>();
        for (Object item = reader.readItem(); item != null; item = reader.readItem()) {
            all.add((Object[]) item);
        }
        reader.close();
        return all;
    }

    private static void upsert(Connection c, ReferenceFile file, Object[] row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(file.upsert())) {
            ReferenceUpsertWriter.bind(ps, row);
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
