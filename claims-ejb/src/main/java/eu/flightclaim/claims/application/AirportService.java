package eu.flightclaim.claims.application;

import eu.flightclaim.claims.domain.model.airport.Airport;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
     * Airports whose IATA code, name or city starts with {@code query} (case-insensitive), by code.
     * The caller validates the query length and page bounds (see the constants).
     */
    public Page<Airport> search(String query, int page, int size) {
        String prefix = escapeLike(query.trim().toLowerCase(Locale.ROOT)) + "%";
        String where = " WHERE LOWER(a.iataCode) LIKE :p ESCAPE '\\' OR LOWER(a.name) LIKE :p ESCAPE '\\'"
                + " OR LOWER(a.city) LIKE :p ESCAPE '\\'";
        long total = em.createQuery("SELECT COUNT(a) FROM Airport a" + where, Long.class)
                .setParameter("p", prefix).getSingleResult();
        var items = em.createQuery("SELECT a FROM Airport a" + where + " ORDER BY a.iataCode", Airport.class)
                .setParameter("p", prefix)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, total, page, size);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Airport a", Long.class).getSingleResult();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
