package eu.flightclaim.claims.application;

import eu.flightclaim.claims.domain.model.airport.Airport;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
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
    @SuppressWarnings("unchecked")
    public Page<Airport> search(String query, int page, int size) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        String prefix = escapeLike(q) + "%";
        String where = " WHERE lower(iata_code) LIKE ?1 OR lower(name) LIKE ?1 OR lower(city) LIKE ?1";
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM airport" + where)
                .setParameter(1, prefix).getSingleResult()).longValue();
        List<Airport> items = em.createNativeQuery("SELECT * FROM airport" + where
                        + " ORDER BY CASE WHEN lower(iata_code) = ?2 THEN 0 WHEN lower(iata_code) LIKE ?1 THEN 1 ELSE 2 END,"
                        + " iata_code OFFSET ?3 LIMIT ?4", Airport.class)
                .setParameter(1, prefix).setParameter(2, q)
                .setParameter(3, (long) page * size).setParameter(4, size)
                .getResultList();
        return new Page<>(items, total, page, size);
    }


    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
