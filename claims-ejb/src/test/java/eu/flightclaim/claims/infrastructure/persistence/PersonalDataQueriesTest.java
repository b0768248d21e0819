package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.MigratedDatabase;
import eu.flightclaim.claims.PersistenceUnit;
import eu.flightclaim.claims.domain.model.claim.Claim;
import eu.flightclaim.claims.domain.model.privacy.RetentionPeriods;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The retention rule and the erasure's SQL on a real PostgreSQL, at the edges of each period. */
class PersonalDataQueriesTest {

    private static final RetentionPeriods PERIODS = new RetentionPeriods(90, 6, 730);
    private static final LocalDate TODAY = LocalDate.now();

    private static UUID customer(String email, String lastLogin) throws SQLException {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO customer (id, email, last_login_at) VALUES ('" + id + "', '" + email + "', " + lastLogin + ")");
        return id;
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = MigratedDatabase.connection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static Object single(String query) throws SQLException {
        try (Connection c = MigratedDatabase.connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    /** A claim in this status whose deadline is {@code deadline} (null: none known), changed {@code changed} ago. */
    private static UUID claim(UUID customer, String email, String status, LocalDate deadline, String changed)
            throws SQLException {
        Claim c = JpaClaimRepositoryTest.claim(customer, email, "LH400", "Lovelace-" + UUID.randomUUID()); // a key of its own
        sql("UPDATE claim SET status = '" + status + "', deadline = " + (deadline == null ? "NULL" : "'" + deadline + "'")
                + ", updated_at = now() - interval '" + changed + "' WHERE id = '" + c.id() + "'");
        return c.id();
    }

    @Test
    void retentionEndsNinetyDaysAfterTheDeadlineOrSixYearsAfterTheLastChangeAndNeverForAClaimBeingWorked()
            throws SQLException {
        String email = "keep." + System.nanoTime() + "@example.com";
        UUID who = customer(email, "now()");
        UUID ended = claim(who, email, "REJECTED", TODAY.minusDays(91), "1 day");
        UUID lastDay = claim(who, email, "PAID", TODAY.minusDays(90), "1 day");
        UUID open = claim(who, email, "UNDER_REVIEW", TODAY.minusYears(3), "1 day");
        UUID noDeadlineOld = claim(who, email, "WITHDRAWN", null, "6 years 2 days");
        UUID noDeadlineYoung = claim(who, email, "WITHDRAWN", null, "5 years 360 days");

        List<UUID> due = PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries()).retentionEnded(TODAY, PERIODS,
                who, 100));
        assertEquals(Set.of(ended, noDeadlineOld), Set.copyOf(due));
        assertTrue(!due.contains(lastDay) && !due.contains(open) && !due.contains(noDeadlineYoung));
        Optional<LocalDate> kept = PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries()).keptUntil(who, PERIODS));
        assertTrue(kept.isPresent() && kept.get().isAfter(TODAY), "the latest (the young claim's, days ahead): " + kept);
    }

    @Test
    void anErasedCustomersAddressIsTheOneHeldForTheirRestrictedClaimsUntilTheyAreForgotten() throws SQLException {
        String email = "held-" + UUID.randomUUID() + "@example.com";
        UUID who = customer(email, "now()");
        UUID other = customer("other-" + UUID.randomUUID() + "@example.com", "now()");
        sql("UPDATE customer SET email = 'erased-' || id || '@invalid', erased_at = now() WHERE id = '" + who + "'");
        sql("INSERT INTO erasure_request (id, customer_id, status, decided_at, held_email) VALUES ('"
                + UUID.randomUUID() + "', '" + who + "', 'CARRIED_OUT', now(), '" + email + "')");

        assertEquals(Optional.of(email), PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries())
                .emailOf(who)), "the held address, not the account's erased one");
        assertEquals(email, PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries())
                .emailsOf(List.of(who, other))).get(who), "the same in a page's addresses");

        PersistenceUnit.inTransactionDo(em -> on(em, new PersonalDataQueries()).forget(who, email));
        assertEquals(Optional.empty(), PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries())
                .emailOf(who)));
        assertFalse(PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries())
                .emailsOf(List.of(who, other))).containsKey(who), "forgotten: no address left for them");
    }

    @Test
    void anAnonymisedClaimKeepsItsStatisticsAndNothingThatNamesItsPeople() throws SQLException {
        String email = "gone." + System.nanoTime() + "@example.com";
        UUID who = customer(email, "now() - interval '3 years'");
        UUID id = claim(who, email, "REJECTED", TODAY.minusYears(1), "1 year");
        assertEquals(Optional.of(email), PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries())
                .emailOfCustomerOf(id)), "whose claim it is, to find where they acted");
        assertEquals(Optional.empty(), PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries())
                .emailOfCustomerOf(UUID.randomUUID())));
        assertEquals(Map.of(who, email), PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries())
                .emailsOf(List.of(who, UUID.randomUUID()))), "a page's addresses in one query; an unknown one absent");
        sql("UPDATE claim SET itinerary_json = '[{\"from\":\"FRA\",\"to\":\"JFK\",\"booking\":\"QX7Z2A\"}]' WHERE id = '"
                + id + "'");
        sql("INSERT INTO claim_event (claim_id, actor, to_status, reason) VALUES ('" + id + "', '" + email.toUpperCase()
                + "', 'WITHDRAWN', 'Lovelace changed her mind')");
        sql("INSERT INTO email_outbox (template, recipient, model_json, body_text, status) SELECT 'claim-rejected',"
                + " 'staff@flightclaim.test', '{\"reference\":\"' || reference || '\",\"name\":\"Lovelace\"}', 'Lovelace',"
                + " 'PENDING' FROM claim WHERE id = '" + id + "'");

        PersistenceUnit.inTransactionDo(em -> on(em, new PersonalDataQueries()).anonymise(id, email));

        assertEquals("REJECTED", single("SELECT status FROM claim WHERE id = '" + id + "' AND anonymised_at IS NOT NULL"
                + " AND amount = 600 AND payout_iban_enc IS NULL AND payout_holder IS NULL AND contact_phone IS NULL"
                + " AND consent_ip IS NULL"));
        assertEquals("[{\"to\": \"JFK\", \"from\": \"FRA\"}]", single("SELECT itinerary_json FROM claim WHERE id = '"
                + id + "'"), "the flights stay, the booking reference goes");
        assertEquals(0L, single("SELECT count(*) FROM claim_passenger WHERE claim_id = '" + id + "' AND (first_name IS"
                + " NOT NULL OR last_name IS NOT NULL)"));
        assertEquals(0L, single("SELECT count(*) FROM claim_signature WHERE claim_id = '" + id + "' AND (signed_by IS"
                + " NOT NULL OR strokes IS NOT NULL)"));
        assertEquals(0L, single("SELECT count(*) FROM claim_flight_key WHERE claim_id = '" + id + "'"));
        assertEquals(0L, single("SELECT count(*) FROM claim_event WHERE claim_id = '" + id + "' AND (reason IS NOT NULL"
                + " OR lower(actor) = '" + email + "')"));
        assertEquals(1L, single("SELECT count(*) FROM email_outbox WHERE template = 'claim-rejected' AND recipient ="
                + " 'staff@flightclaim.test' AND model_json = '{}' AND body_text IS NULL AND status = 'FAILED'"),
                "the staff email about it: contents gone, never sent");

        // nothing of theirs left with personal data, and not signed in for three years: forgotten
        List<UUID> forget = PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries()).toForget(TODAY.minusDays(730),
                who, 10));
        assertEquals("00000000-0000-0000-0000-000000000000", single("SELECT customer_id FROM claim WHERE id = '" + id
                + "'").toString(), "whose it was is gone too");
        assertEquals(List.of(who), forget);
        PersistenceUnit.inTransactionDo(em -> on(em, new PersonalDataQueries()).forget(who, email));
        assertEquals("erased-" + who + "@invalid", single("SELECT email FROM customer WHERE id = '" + who + "'"));
        assertNull(single("SELECT last_login_at FROM customer WHERE id = '" + who + "'"));
        assertEquals(List.of(), PersistenceUnit.inTransaction(em -> on(em, new PersonalDataQueries()).toForget(
                TODAY.minusDays(730), who, 10)), "once");
    }
}
