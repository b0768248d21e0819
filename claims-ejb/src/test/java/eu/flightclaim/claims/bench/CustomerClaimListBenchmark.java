package eu.flightclaim.claims.bench;

import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;

import eu.flightclaim.claims.MigratedDatabase;
import eu.flightclaim.claims.PersistenceUnit;
import eu.flightclaim.claims.infrastructure.persistence.SqlClaimQueries;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one page (20) of a customer's claim list, as {@code GET /api/v1/claims} reads it, over the
 * staff-list benchmark's 100,000 claims plus one customer with 30. {@code onePerPage} is today's
 * {@code SqlClaimQueries.ofCustomer}; {@code perClaim} replays the statements the list ran before the
 * claim became an aggregate (count, ids, then the claim and its passengers per claim: 42 for 20),
 * through the same persistence unit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CustomerClaimListBenchmark {

    private static final UUID CUSTOMER = UUID.nameUUIDFromBytes("bench-many-claims".getBytes());
    private EntityManager em;

    @Setup(Level.Trial)
    public void seed() throws SQLException, java.io.IOException {
        try (Connection c = MigratedDatabase.connection(); Statement s = c.createStatement()) {
            s.execute(new String(CustomerClaimListBenchmark.class.getResourceAsStream("/bench/seed-claims.sql")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            s.execute("INSERT INTO customer (id, email) VALUES ('" + CUSTOMER + "', 'many@example.com')"
                    + " ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO claim (id, reference, customer_id, status, regime, itinerary_json, disruption_json,"
                    + " assessment_json, amount, currency, manual_review, deadline, first_flight_date, payout_iban_enc,"
                    + " payout_iban_masked, payout_holder, terms_version, consent_at, created_at, flight_number, airline)"
                    + " SELECT md5('many' || i)::uuid, 'FC-2024-' || lpad(i::text, 6, '0'), '" + CUSTOMER + "',"
                    + " 'SUBMITTED', 'EU261', '[{\"from\":\"FRA\",\"to\":\"JFK\"}]', '{}', '{\"distanceKm\":6189}', 600,"
                    + " 'EUR', false, current_date + 900, current_date - 30, 'x', 'x', 'Holder', '2026-01', now(),"
                    + " now() - make_interval(mins => i), 'LH400', 'LH' FROM generate_series(1, 30) i ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO claim_passenger SELECT md5('many' || i)::uuid, p, 'First' || p, 'Many' || i, NULL"
                    + " FROM generate_series(1, 30) i, generate_series(0, 1) p ON CONFLICT DO NOTHING");
            s.execute("ANALYZE");
        }
        em = PersistenceUnit.get().createEntityManager();
    }

    @TearDown(Level.Trial)
    public void close() {
        em.close();
    }

    @Benchmark
    public int onePerPage() {
        return on(em, new SqlClaimQueries()).ofCustomer(CUSTOMER, 0, 20).items().size();
    }

    @Benchmark
    @SuppressWarnings("unchecked")
    public int perClaim() {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM claim WHERE customer_id = ?")
                .setParameter(1, CUSTOMER).getSingleResult()).longValue();
        List<UUID> ids = em.createNativeQuery("SELECT id FROM claim WHERE customer_id = ? ORDER BY created_at DESC"
                + " OFFSET ? LIMIT ?").setParameter(1, CUSTOMER).setParameter(2, 0L).setParameter(3, 20).getResultList();
        int rows = 0;
        for (UUID id : ids) {
            rows += em.createNativeQuery("""
                    SELECT c.reference, c.status, c.regime, coalesce(c.override_amount, c.amount),
                           CASE WHEN c.override_amount IS NULL THEN c.currency ELSE c.override_currency END,
                           c.assessment_json, c.deadline, c.itinerary_json, c.contact_phone, c.payout_iban_masked,
                           c.payout_holder, c.created_at, c.version, u.email
                      FROM claim c JOIN customer u ON u.id = c.customer_id
                     WHERE c.id = ? AND (CAST(? AS UUID) IS NULL OR c.customer_id = CAST(? AS UUID))
                    """).setParameter(1, id).setParameter(2, CUSTOMER).setParameter(3, CUSTOMER).getResultList().size();
            rows += em.createNativeQuery("SELECT first_name, last_name, booking_reference FROM claim_passenger"
                    + " WHERE claim_id = ? ORDER BY position").setParameter(1, id).getResultList().size();
        }
        return rows + (int) total;
    }
}
