package eu.flightclaim.claims.domain.model.customer;

import java.util.Optional;
import java.util.UUID;

/** The customers. */
public interface CustomerRepository {

    /** The customer with this email (case-insensitive), created if new, with the sign-in time set now. */
    Customer signedIn(String email);

    /** The customer with this id. */
    Optional<Customer> find(UUID id);

    /** The language of the emails to this address, when a customer with it chose one. */
    Optional<String> languageOf(String email);
}
