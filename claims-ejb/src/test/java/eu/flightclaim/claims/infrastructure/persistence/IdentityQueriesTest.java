package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.PersistenceUnit.inTransaction;
import static eu.flightclaim.claims.PersistenceUnit.inTransactionDo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.domain.model.customer.Customer;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Customers and magic links on the real schema: upserted by email, spent once, by the database's clock. */
class IdentityQueriesTest {

    private static final String EMAIL = "grace." + System.nanoTime() + "@example.com";

    @Test
    void aCustomerIsCreatedOnceWhateverTheEmailsCase() {
        Customer first = inTransaction(em -> new CustomerQueries(em).signedIn(EMAIL));
        Customer again = inTransaction(em -> new CustomerQueries(em).signedIn(EMAIL.toUpperCase()));
        assertEquals(first.getId(), again.getId());
        assertEquals(EMAIL, again.getEmail(), "the first sign-in's spelling stays");
        assertNotNull(again.getLastLoginAt());
        assertNotNull(again.getCreatedAt());
    }

    @Test
    void aMagicLinkIsSpentOnceAndNotAfterItExpired() {
        String valid = "e".repeat(50) + System.nanoTime() % 100_000_000_000_000L;
        String expired = "f".repeat(50) + System.nanoTime() % 100_000_000_000_000L;
        inTransactionDo(em -> {
            new MagicLinkQueries(em).add(valid, EMAIL, Duration.ofMinutes(15), "::1");
            new MagicLinkQueries(em).add(expired, EMAIL, Duration.ofSeconds(-1), null);
        });
        assertEquals(Optional.empty(), inTransaction(em -> new MagicLinkQueries(em).spend(expired)));
        assertEquals(Optional.of(EMAIL), inTransaction(em -> new MagicLinkQueries(em).spend(valid)));
        assertEquals(Optional.empty(), inTransaction(em -> new MagicLinkQueries(em).spend(valid)));
    }

    @Test
    void earlierLinksOfAnEmailCanAllBeSpent() {
        String email = "Earlier." + System.nanoTime() + "@example.com";
        String token = "a1".repeat(25) + System.nanoTime() % 100_000_000_000_000L;
        inTransactionDo(em -> new MagicLinkQueries(em).add(token, email, Duration.ofMinutes(15), null));
        inTransactionDo(em -> new MagicLinkQueries(em).spendAllOf(email.toLowerCase()));
        assertTrue(inTransaction(em -> new MagicLinkQueries(em).spend(token)).isEmpty());
    }
}
