package eu.flightclaim.claims.domain.model.customer;

/** The customers. */
public interface CustomerRepository {

    /** The customer with this email (case-insensitive), created if new, with the sign-in time set now. */
    Customer signedIn(String email);
}
