package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.customer.Customer;
import eu.flightclaim.claims.domain.model.customer.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Customers as SQL. Runs in the caller's transaction. */
@ApplicationScoped
public class CustomerQueries extends PersistenceAdapter implements CustomerRepository {

    /** SQL: one upsert on the email's unique index, so two first sign-ins at once make one customer. */
    @Override
    public Customer signedIn(String email) {
        return (Customer) em.createNativeQuery("""
                INSERT INTO customer (id, email, last_login_at) VALUES (?, ?, now())
                ON CONFLICT (lower(email)) DO UPDATE SET last_login_at = now()
                RETURNING *
                """, Customer.class).setParameter(1, UUID.randomUUID()).setParameter(2, email).getSingleResult();
    }

    @Override
    public Optional<Customer> find(UUID id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    @Override
    public Optional<String> languageOf(String email) {
        return em.createQuery("SELECT c.language FROM Customer c WHERE LOWER(c.email) = LOWER(:email)"
                + " AND c.language IS NOT NULL", String.class).setParameter("email", email).getResultStream().findFirst();
    }
}
