package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;

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
        Customer first = inTransaction(em -> on(em, new CustomerQueries()).signedIn(EMAIL));
        Customer again = inTransaction(em -> on(em, new CustomerQueries()).signedIn(EMAIL.toUpperCase()));
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
            on(em, new MagicLinkQueries()).add(valid, EMAIL, Duration.ofMinutes(15), "::1");
            on(em, new MagicLinkQueries()).add(expired, EMAIL, Duration.ofSeconds(-1), null);
        });
        assertEquals(Optional.empty(), inTransaction(em -> on(em, new MagicLinkQueries()).spend(expired)));
        assertEquals(Optional.of(EMAIL), inTransaction(em -> on(em, new MagicLinkQueries()).spend(valid)));
        assertEquals(Optional.empty(), inTransaction(em -> on(em, new MagicLinkQueries()).spend(valid)));
    }

    @Test
    void earlierLinksOfAnEmailCanAllBeSpent() {
        String email = "Earlier." + System.nanoTime() + "@example.com";
        String token = "a1".repeat(25) + System.nanoTime() % 100_000_000_000_000L;
        inTransactionDo(em -> on(em, new MagicLinkQueries()).add(token, email, Duration.ofMinutes(15), null));
        inTransactionDo(em -> on(em, new MagicLinkQueries()).spendAllOf(email.toLowerCase()));
        assertTrue(inTransaction(em -> on(em, new MagicLinkQueries()).spend(token)).isEmpty());
    }
}
