package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.application.claim.ClaimFilter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.flightclaim.claims.MigratedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The staff claim list's SQL on a real PostgreSQL: each filter, the free text, the sorts. */
class ClaimSearchQueryTest {

    private static final String TAG = "S" + System.nanoTime();

    @BeforeAll
    static void claims() throws SQLException {
        try (Connection c = MigratedDatabase.connection(); Statement s = c.createStatement()) {
            UUID customer = UUID.randomUUID();
            s.execute("INSERT INTO customer (id, email) VALUES ('" + customer + "', 'grace." + TAG + "@example.com')");
            insert(s, customer, "A", "SUBMITTED", "LH400", "LH", "2027-01-01", false, "Hopper", "QWERT1");
            insert(s, customer, "B", "UNDER_REVIEW", "BA117", "BA", "2026-12-01", true, "Lovelace", "ZXCVB2");
            s.execute("UPDATE claim SET deadline = current_date + 10 WHERE reference = '" + TAG + "B'");
        }
    }

    private static void insert(Statement s, UUID customer, String suffix, String status, String flight, String airline,
            String date, boolean flagged, String lastName, String booking) throws SQLException {
        UUID id = UUID.randomUUID();
        s.execute("INSERT INTO claim (id, reference, customer_id, status, regime, itinerary_json, disruption_json,"
                + " assessment_json, amount, currency, manual_review, deadline, first_flight_date, payout_iban_enc,"
                + " payout_iban_masked, payout_holder, terms_version, consent_at, flight_number, airline, flagged) VALUES ('"
                + id + "', '" + TAG + suffix + "', '" + customer + "', '" + status + "', 'EU261', '[]', '{}', '{}', 400, 'EUR',"
                + " false, '2029-12-31', '" + date + "', 'x', 'x', 'Grace', '2026-01', now(), '" + flight + "', '" + airline
                + "', " + flagged + ")");
        s.execute("INSERT INTO claim_passenger VALUES ('" + id + "', 0, 'Grace', '" + lastName + "', '" + booking + "')");
    }

    private static List<String> find(ClaimFilter f) throws SQLException {
        ClaimSearchQuery q = new ClaimSearchQuery(f);
        List<String> refs = new ArrayList<>();
        try (Connection c = MigratedDatabase.connection(); PreparedStatement ps = c.prepareStatement(q.pageSql())) {
            List<Object> params = q.params();
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            ps.setLong(params.size() + 1, 0);
            ps.setInt(params.size() + 2, 50);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2).startsWith(TAG)) {
                        refs.add(rs.getString(2).substring(TAG.length()));
                    }
                }
            }
        }
        try (Connection c = MigratedDatabase.connection(); PreparedStatement ps = c.prepareStatement(q.countSql())) {
            List<Object> params = q.params();
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            ps.executeQuery().close();
        }
        return refs;
    }

    private static ClaimFilter filter(List<String> statuses, String airline, Boolean flagged, Integer within,
            String text, String sort) {
        return new ClaimFilter(statuses, null, false, null, airline, null, null, flagged, within, text, sort);
    }

    @Test
    void everyFilterNarrowsTheList() throws SQLException {
        assertEquals(List.of("A"), find(filter(List.of("submitted"), null, null, null, TAG, null)));
        assertEquals(List.of("B"), find(filter(null, "ba", null, null, TAG, null)));
        assertEquals(List.of("B"), find(filter(null, null, true, null, TAG, null)));
        assertEquals(List.of("B"), find(filter(null, null, null, 30, TAG, null)));
        assertEquals(List.of("A", "B"), find(new ClaimFilter(null, null, true, "EU261", null,
                LocalDate.now().minusDays(1), LocalDate.now(), null, null, TAG, "reference")));
        assertEquals(List.of(), find(new ClaimFilter(null, 999_999L, false, null, null, null, null, null, null,
                TAG, null)));
    }

    @Test
    void freeTextFindsReferenceEmailNameFlightAndBookingReference() throws SQLException {
        assertEquals(List.of("A"), find(filter(null, null, null, null, TAG + "A", null)));
        assertEquals(List.of("B", "A"), find(filter(null, null, null, null, "grace." + TAG.toLowerCase(), null)));
        assertEquals(List.of("B"), find(filter(null, null, null, null, "lovelace", null)));
        assertEquals(List.of("A"), find(filter(null, null, null, null, "lh 400", null)));
        assertEquals(List.of("B"), find(filter(null, null, null, null, "zxcvb2", null)));
        assertEquals(List.of(), find(filter(null, null, null, null, "100%_", null)), "LIKE wildcards are literal");
    }

    @Test
    void sortsComeFromAFixedList() throws SQLException {
        assertEquals(List.of("B", "A"), find(filter(null, null, null, null, "grace." + TAG.toLowerCase(), "flightDate")));
        assertEquals(List.of("A", "B"), find(filter(null, null, null, null, "grace." + TAG.toLowerCase(), "-flightDate")));
        assertThrows(IllegalArgumentException.class, () -> new ClaimSearchQuery(filter(null, null, null, null, null,
                "id; DROP TABLE claim")));
    }
}
