package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.airport.Airport;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import eu.flightclaim.claims.infrastructure.persistence.PrefixSearch;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Looks airports up by IATA code and searches them by prefix of code, name or city. */
@Stateless
public class AirportService {

    public static final int MIN_QUERY_LENGTH = 2;
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;

    public Optional<Airport> find(String iataCode) {
        if (iataCode == null || !iataCode.matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Airport.class, iataCode.toUpperCase(Locale.ROOT)));
    }

    /**
     * Airports whose IATA code, name or city starts with {@code query} (case-insensitive): the
     * airport with that exact code first, then other code matches, then name and city matches,
     * each by code. The caller validates the query length and page bounds (see the constants).
     */
    public Page<Airport> search(String query, int page, int size) {
        return Page.of(PrefixSearch.search(em, Airport.class, "airport", "iata_code", List.of("name", "city"), query,
                page, size), page, size);
    }
}
