package eu.flightclaim.claims.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.MigratedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations of both EJB modules on a real PostgreSQL, and the outbox's claim of a row by one dispatcher. */
class SchemaMigrationTest {

    @Test
    void everyModulesMigrationsRunIntoOneHistoryTable() throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Connection c = MigratedDatabase.connection();
                ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertTrue(tables.containsAll(Set.of("airport", "email_outbox", "staff_account", "staff_account_role",
                "file_validation_rule", "flyway_schema_history", "country", "airline", "limitation_period")), tables.toString());
        try (Connection c = MigratedDatabase.connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 4);
        }
    }

    @Test
    void migratingAgainChangesNothing() {
        var result = Flyway.configure().dataSource(MigratedDatabase.get()).locations("classpath:db/migration").load()
                .migrate();
        assertEquals(0, result.migrationsExecuted);
    }

    @Test
    void anOutboxRowIsClaimedForSendingAtMostOnce() throws SQLException {
        try (Connection c = MigratedDatabase.connection()) {
            long id = insertPendingEmail(c, "now()");
            assertEquals(1, claim(c, id), "the first message claims the row");
            assertEquals(0, claim(c, id), "a duplicate message finds it SENDING and does nothing");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE email_outbox SET status = 'SENT' WHERE id = " + id);
            }
            assertEquals(0, claim(c, id), "a late duplicate finds it SENT and does nothing");
        }
    }

    @Test
    void aRowWaitingForItsRetryIsNotClaimedEarly() throws SQLException {
        try (Connection c = MigratedDatabase.connection()) {
            long id = insertPendingEmail(c, "now() + interval '1 minute'");
            assertEquals(0, claim(c, id));
        }
    }

    @Test
    void theSchemaRefusesUnknownStatusesAndRoles() throws SQLException {
        try (Connection c = MigratedDatabase.connection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO email_outbox (template, recipient, status) VALUES ('t', 'a@b.c', 'LOST')"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO file_validation_rule (document_type, allowed_mime_types, max_size_bytes)"
                            + " VALUES ('selfie', 'image/png', 10)"));
        }
    }

    private static long insertPendingEmail(Connection c, String nextAttempt) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "INSERT INTO email_outbox (template, recipient, status, next_attempt_at) VALUES"
                        + " ('test-email', 'ada@example.com', 'PENDING', " + nextAttempt + ") RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int claim(Connection c, long id) throws SQLException {
        return claimedMessageId(c, id) == null ? 0 : 1;
    }

    /** The Message-ID the claim gives the attempt, or null when the row was not claimed. */
    private static String claimedMessageId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SqlOutboxDelivery.CLAIM)) {
            ps.setString(1, "<" + java.util.UUID.randomUUID() + "@flightclaim.test>");
            ps.setLong(2, id);
            ps.setLong(3, 2000);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(2) : null;
            }
        }
    }
}
