package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.airline.Airline;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import eu.flightclaim.claims.infrastructure.persistence.PrefixSearch;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Looks airlines up by IATA code and searches them by prefix of code or name. */
@Stateless
public class AirlineService {

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;

    public Optional<Airline> find(String iataCode) {
        if (iataCode == null || !iataCode.matches("[A-Za-z0-9]{2}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Airline.class, iataCode.toUpperCase(Locale.ROOT)));
    }

    /** Airlines whose IATA code or name starts with {@code query} (all when blank), the exact code first. */
    public Page<Airline> search(String query, int page, int size) {
        return Page.of(PrefixSearch.search(em, Airline.class, "airline", "iata_code", List.of("name"), query, page,
                size), page, size);
    }
}
