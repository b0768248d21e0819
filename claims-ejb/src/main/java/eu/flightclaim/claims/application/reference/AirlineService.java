package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.airline.Airline;
import eu.flightclaim.claims.domain.model.airline.AirlineRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Looks airlines up by IATA code and searches them by prefix of code or name. */
@Stateless
public class AirlineService {

    @Inject
    private AirlineRepository rows;

    public Optional<Airline> find(String iataCode) {
        if (iataCode == null || !iataCode.matches("[A-Za-z0-9]{2}")) {
            return Optional.empty();
        }
        return rows.find(iataCode);
    }

    /** Airlines whose IATA code or name starts with {@code query} (all when blank), the exact code first. */
    public Page<Airline> search(String query, int page, int size) {
        return Page.of(rows.search(query, page, size), page, size);
    }
}
