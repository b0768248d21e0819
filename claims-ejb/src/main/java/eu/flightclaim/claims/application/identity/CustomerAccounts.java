package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.domain.model.customer.Customer;
import eu.flightclaim.claims.domain.model.customer.CustomerRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;

/** A customer's own account: who they are and the language their emails are written in. */
@Stateless
public class CustomerAccounts {

    @Inject
    private CustomerRepository customers;

    public Customer find(UUID customer) {
        return customers.find(customer).orElseThrow(() -> new NotFoundException("customer", customer));
    }

    /** The customer's emails are in this language from now on (English where a text has none in it). */
    public Customer speak(UUID customer, String language) {
        String code = language(language, "language");
        Customer account = find(customer);
        account.speak(code);
        return account;
    }

    /** A language code as given (ISO 639-1, any case), in lower case; refused with {@code field} named otherwise. */
    public static String language(String given, String field) {
        String code = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}")) {
            throw new InvalidInputException(field, "must be a language code of two letters (ISO 639-1), e.g. de");
        }
        return code;
    }
}
