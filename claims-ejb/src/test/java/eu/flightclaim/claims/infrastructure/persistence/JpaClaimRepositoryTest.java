package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.MigratedDatabase;
import eu.flightclaim.claims.PersistenceUnit;
import eu.flightclaim.claims.StatementCounter;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.application.claim.ClaimService;
import eu.flightclaim.claims.domain.model.claim.Claim;
import eu.flightclaim.claims.domain.model.claim.ClaimEvent;
import eu.flightclaim.claims.domain.model.claim.ClaimMessage;
import eu.flightclaim.claims.domain.model.claim.ClaimRepository;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.ClaimWorkflow;
import eu.flightclaim.claims.domain.model.claim.DocumentRequest;
import eu.flightclaim.claims.domain.model.claim.Drawing;
import eu.flightclaim.claims.domain.model.claim.Itinerary;
import eu.flightclaim.claims.domain.model.claim.Passenger;
import eu.flightclaim.claims.domain.model.claim.Payout;
import eu.flightclaim.claims.domain.model.claim.Signature;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claims stored and read through the server's persistence unit, on a real PostgreSQL. */
class JpaClaimRepositoryTest {

    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final String EMAIL = "ada." + System.nanoTime() + "@example.com";

    @BeforeAll
    static void customer() throws SQLException {
        try (Connection c = MigratedDatabase.connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO customer (id, email) VALUES ('" + CUSTOMER + "', '" + EMAIL + "')");
        }
    }

    private static Claim claim(String flight, String... lastNames) {
        return claim(CUSTOMER, EMAIL, flight, lastNames);
    }

    /** A claim of this customer, stored as submitted: deadline 2029-06-01, IBAN sealed as "sealed". */
    static Claim claim(UUID customer, String email, String flight, String... lastNames) {
        return PersistenceUnit.inTransaction(em -> {
            ClaimRepository claims = on(em, new JpaClaimRepository());
            Claim c = Claim.submit(UUID.randomUUID(), claims.nextReference(), customer, email, new Claim.Filing("EU261",
                    new Itinerary(List.of(new Itinerary.Leg("FRA", "JFK", "LH", flight, "2026-06-01", "2026-06-01T10:05+02:00",
                            null, null, null, null))), "{\"type\":\"DELAY\"}", "{\"regime\":\"EU261\",\"distanceKm\":6189}",
                    new BigDecimal("600.00"), "EUR", false, LocalDate.of(2029, 6, 1), LocalDate.of(2026, 6, 1), flight,
                    "LH", java.util.Arrays.stream(lastNames).map(n -> new Passenger("Ada", n, null)).toList(),
                    "+49 30 1", new Payout("sealed", "DE89 **** 3000", "Ada"), "2026-01", "192.0.2.1",
                    new Claim.Consent("de", "ab".repeat(32), "Mozilla/5.0 (test)", List.of(new Signature(
                            new Passenger("Ada", lastNames[0], null), "Ada " + lastNames[0], Signature.Capacity.SELF,
                            Drawing.of(List.of(List.of(10, 20, 30, 40), List.of(500, 150))))))));
            claims.add(c);
            return c;
        });
    }

    @Test
    void aSubmittedClaimIsStoredWithItsPassengersKeysItineraryAndFirstHistoryEntry() {
        Claim stored = claim("LH" + (System.nanoTime() % 10000), "Lovelace", "Byron");
        Claim read = PersistenceUnit.inTransaction(em -> {
            Claim c = on(em, new JpaClaimRepository()).find(stored.id()).orElseThrow();
            c.passengers();
            c.flightKeys();
            c.signatures();
            return c;
        });
        assertTrue(read.reference().matches("FC-\\d{4}-\\d{6}"));
        assertEquals(0, read.version());
        assertEquals(List.of("Lovelace", "Byron"), read.passengers().stream().map(Passenger::lastName).toList());
        assertEquals(2, read.flightKeys().size());
        assertEquals("2026-06-01T10:05+02:00", read.itinerary().legs().get(0).scheduledDeparture());
        assertTrue(read.createdAt() != null && read.consentAt() != null);
        assertEquals("de", read.termsLanguage());
        assertEquals("Mozilla/5.0 (test)", read.consentUserAgent());
        Signature signed = read.signatures().get(0);
        assertEquals("Ada Lovelace", signed.passengerName());
        assertEquals(Signature.Method.DRAWN, signed.method());
        assertEquals(500, signed.drawing().strokes()[1][0], "the drawing's strokes come back as drawn");
        List<ClaimEvent> history = PersistenceUnit.inTransaction(em -> on(em, new JpaClaimRepository()).history(stored.id(), false));
        assertEquals(1, history.size());
        assertEquals(ClaimStatus.SUBMITTED, history.get(0).to());
        assertTrue(history.get(0).at() != null, "the database's clock timed it");
    }

    @Test
    void aChangeIsStoredWithItsVersionAndEntriesAndAWithdrawnClaimFreesItsFlightKeys() {
        String flight = "BA" + (System.nanoTime() % 10000);
        Claim stored = claim(flight, "Hopper");
        PersistenceUnit.inTransactionDo(em -> {
            ClaimRepository claims = on(em, new JpaClaimRepository());
            Claim c = claims.findForChange(stored.id()).orElseThrow();
            c.moveTo(ClaimStatus.WITHDRAWN, ClaimWorkflow.Actor.CUSTOMER, EMAIL, "Changed my mind");
            claims.store(c);
        });
        Claim read = PersistenceUnit.inTransaction(em -> on(em, new JpaClaimRepository()).find(stored.id()).orElseThrow());
        assertEquals(1, read.version());
        assertEquals(ClaimStatus.WITHDRAWN, read.status());
        assertEquals(2, PersistenceUnit.inTransaction(em -> on(em, new JpaClaimRepository()).history(stored.id(), true)).size());
        // the passenger may claim the flight again
        String key = new Passenger("Ada", "Hopper", null).flightKey(flight, LocalDate.of(2026, 6, 1));
        assertTrue(PersistenceUnit.inTransaction(em -> on(em, new JpaClaimRepository()).holderOf(key, null)).isEmpty());
        claim(flight, "Hopper");
        assertEquals(EMAIL.isEmpty() ? null : CUSTOMER, PersistenceUnit.inTransaction(em -> on(em, new JpaClaimRepository())
                .holderOf(key, null)).orElseThrow().customerId());
    }

    @Test
    void aSecondOpenClaimForTheSamePassengerAndFlightIsRefusedByTheDatabase() {
        String flight = "AF" + (System.nanoTime() % 10000);
        claim(flight, "Curie");
        assertThrows(PersistenceException.class, () -> claim(flight, "Curie"));
    }

    @Test
    void threadsDocumentRequestsAndTheirAnswersAreKeptPerClaim() {
        Claim stored = claim("KL" + (System.nanoTime() % 10000), "Noether");
        PersistenceUnit.inTransactionDo(em -> {
            ClaimRepository claims = on(em, new JpaClaimRepository());
            claims.add(new ClaimMessage(stored.id(), ClaimMessage.AuthorKind.CUSTOMER, EMAIL, "Hello", false));
            claims.add(new ClaimMessage(stored.id(), ClaimMessage.AuthorKind.STAFF, "rev@example.com", "Looks fine", true));
            claims.add(new DocumentRequest(stored.id(), "boarding_pass", "Please", "rev@example.com"));
            claims.add(new DocumentRequest(stored.id(), "other", "And this", "rev@example.com"));
        });
        PersistenceUnit.inTransactionDo(em -> {
            ClaimRepository claims = on(em, new JpaClaimRepository());
            assertEquals(1, claims.thread(stored.id(), false).size());
            assertEquals(2, claims.thread(stored.id(), true).size());
            assertEquals(2, claims.openRequests(stored.id()));
            assertEquals(1, claims.answerRequests(stored.id(), "boarding_pass"));
            claims.remindRequests(stored.id());
            List<DocumentRequest> requests = claims.documentRequests(stored.id());
            DocumentRequest boardingPass = requests.stream().filter(r -> r.documentType().equals("boarding_pass"))
                    .findFirst().orElseThrow();
            DocumentRequest other = requests.stream().filter(r -> r.documentType().equals("other")).findFirst()
                    .orElseThrow();
            assertTrue(boardingPass.answeredAt() != null, "read afresh after the SQL update");
            assertTrue(boardingPass.remindedAt() == null && other.remindedAt() != null, "only open ones are reminded");
            assertEquals(1, claims.openRequests(stored.id()));
            assertEquals(1, claims.answerRequests(stored.id(), null));
            assertEquals(0, claims.openRequests(stored.id()));
        });
    }

    @Test
    void theCustomersListIsOnePageWithPassengersAndTheTotalAndSomeoneElsesClaimIsNotFound() {
        Claim first = claim("IB" + (System.nanoTime() % 10000), "Franklin", "Meitner");
        PersistenceUnit.inTransactionDo(em -> {
            SqlClaimQueries queries = on(em, new SqlClaimQueries());
            StatementCounter.take();
            Page<ClaimService.ClaimView> page = queries.ofCustomer(CUSTOMER, 0, 200);
            assertEquals(1, StatementCounter.take(), "one statement for the whole page");
            ClaimService.ClaimView view = page.items().stream().filter(v -> v.id().equals(first.id())).findFirst()
                    .orElseThrow();
            assertEquals(page.items().size(), page.total());
            assertEquals(List.of("Franklin", "Meitner"), view.passengers().stream().map(ClaimService.Passenger::lastName)
                    .toList());
            assertEquals(EMAIL, view.customerEmail());
            assertEquals(6189, view.assessment().distanceKm());
            assertEquals("FRA", view.itinerary().legs().get(0).from());
            Page<ClaimService.ClaimView> past = queries.ofCustomer(CUSTOMER, 1000, 20);
            assertTrue(past.items().isEmpty());
            assertEquals(page.total(), past.total(), "past the end the total is still told");
            assertTrue(queries.view(CUSTOMER, first.id()).isPresent());
            assertTrue(queries.view(null, first.id()).isPresent());
            assertFalse(queries.view(UUID.randomUUID(), first.id()).isPresent());
        });
    }

    @Test
    void aClaimsAssigneeIsShownEvenWhenDisabledButOnlyAnEnabledOneMayBeGivenClaims() throws SQLException {
        String email = "disabled." + System.nanoTime() + "@example.com";
        try (Connection c = MigratedDatabase.connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO staff_account (email, display_name, password_hash, enabled) VALUES ('" + email
                    + "', 'Dee Abled', 'x', false)");
        }
        long id = PersistenceUnit.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT id FROM staff_account WHERE email = ?").setParameter(1, email).getSingleResult()).longValue());
        PersistenceUnit.inTransactionDo(em -> {
            assertEquals("Dee Abled", on(em, new SqlClaimQueries()).staff(id, false).orElseThrow().name());
            assertTrue(on(em, new SqlClaimQueries()).staff(id, true).isEmpty());
        });
    }
}
