package eu.flightclaim.claims.application;

import eu.flightclaim.claims.domain.model.airline.Airline;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
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
    @SuppressWarnings("unchecked")
    public Page<Airline> search(String query, int page, int size) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        String prefix = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " WHERE lower(iata_code) LIKE ?1 OR lower(name) LIKE ?1";
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM airline" + where).setParameter(1, prefix)
                .getSingleResult()).longValue();
        List<Airline> items = em.createNativeQuery("SELECT * FROM airline" + where
                        + " ORDER BY CASE WHEN lower(iata_code) = ?2 THEN 0 WHEN lower(iata_code) LIKE ?1 THEN 1 ELSE 2 END,"
                        + " iata_code OFFSET ?3 LIMIT ?4", Airline.class)
                .setParameter(1, prefix).setParameter(2, q).setParameter(3, (long) page * size).setParameter(4, size)
                .getResultList();
        return new Page<>(items, total, page, size);
    }
}
