package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.airport.Airport;
import eu.flightclaim.claims.domain.model.airport.AirportRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Looks airports up by IATA code and searches them by prefix of code, name or city. */
@Stateless
public class AirportService {

    public static final int MIN_QUERY_LENGTH = 2;
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    private AirportRepository rows;

    public Optional<Airport> find(String iataCode) {
        if (iataCode == null || !iataCode.matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        return rows.find(iataCode);
    }

    /**
     * Airports whose IATA code, name or city starts with {@code query} (case-insensitive): the
     * airport with that exact code first, then other code matches, then name and city matches,
     * each by code. The caller validates the query length and page bounds (see the constants).
     */
    public Page<Airport> search(String query, int page, int size) {
        return Page.of(rows.search(query, page, size), page, size);
    }
}
