package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.application.audit.AuditLog;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.airline.Airline;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Staff corrections of the reference data the engine uses: limitation periods and airlines (their
 * licensing country decides EU261 scope). An edited row is marked so a re-import leaves it alone,
 * every change is audited, and the engine's in-memory snapshot is reloaded after the commit.
 */
@Stateless
public class ReferenceDataEditing {

    /** A limitation period as the settings page shows it. */
    public record LimitationRow(String countryCode, String countryName, int amount, String unit, boolean endsAtYearEnd,
            String basis, String editedBy) {
    }

    /** An airline as the settings page shows it. */
    public record AirlineRow(String iataCode, String icaoCode, String name, String countryCode, String editedBy) {
    }

    /** Fired when reference rows changed; {@link ReferenceData} reloads after the commit. */
    public record Edited(String table) {
    }

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;
    @EJB
    private AuditLog audit;
    @Inject
    private Event<Edited> edited;

    private static final String LIMITATION_ROWS = "SELECT l.country_code, c.name, l.amount, l.unit,"
            + " l.ends_at_year_end, l.basis, l.edited_by FROM limitation_period l LEFT JOIN country c"
            + " ON c.code = l.country_code";

    public List<LimitationRow> limitationPeriods() {
        return limitationRows(em.createNativeQuery(LIMITATION_ROWS + " ORDER BY l.country_code"));
    }

    private LimitationRow limitationPeriod(String country) {
        return limitationRows(em.createNativeQuery(LIMITATION_ROWS + " WHERE l.country_code = ?")
                .setParameter(1, country)).stream().findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<LimitationRow> limitationRows(jakarta.persistence.Query query) {
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new LimitationRow(((String) r[0]).trim(), (String) r[1], ((Number) r[2]).intValue(),
                        (String) r[3], (Boolean) r[4], (String) r[5], (String) r[6])).toList();
    }

    public LimitationRow saveLimitationPeriod(String actor, LimitationRow row) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String country = row.countryCode() == null ? "" : row.countryCode().trim().toUpperCase(Locale.ROOT);
        if (!countryExists(country)) {
            errors.add(new InvalidInputException.FieldError("countryCode", "'" + row.countryCode()
                    + "' is not a known country code"));
        }
        if (row.amount() < 1 || row.amount() > 360) {
            errors.add(new InvalidInputException.FieldError("amount", "must be between 1 and 360"));
        }
        if (row.unit() == null || !List.of("YEARS", "MONTHS").contains(row.unit())) {
            errors.add(new InvalidInputException.FieldError("unit", "must be YEARS or MONTHS"));
        }
        String basis = row.basis() == null ? "" : row.basis().strip();
        if (basis.isEmpty() || basis.length() > 500) {
            errors.add(new InvalidInputException.FieldError("basis", "say where the period comes from (at most 500 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LimitationRow before = limitationPeriod(country);
        em.createNativeQuery("INSERT INTO limitation_period (country_code, amount, unit, ends_at_year_end, basis,"
                + " edited_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (country_code) DO UPDATE SET amount = EXCLUDED.amount,"
                + " unit = EXCLUDED.unit, ends_at_year_end = EXCLUDED.ends_at_year_end, basis = EXCLUDED.basis,"
                + " edited_by = EXCLUDED.edited_by, updated_at = now()").setParameter(1, country)
                .setParameter(2, row.amount()).setParameter(3, row.unit()).setParameter(4, row.endsAtYearEnd())
                .setParameter(5, basis).setParameter(6, actor).executeUpdate();
        LimitationRow after = limitationPeriod(country);
        audit.record(actor, "reference.limitation-period", "country:" + country, before, after);
        edited.fire(new Edited("limitation_period"));
        return after;
    }

    public Page<AirlineRow> airlines(String query, int page, int size) {
        return new AirlineQueries(em).search(query, page, size);
    }

    public AirlineRow saveAirline(String actor, AirlineRow row) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String iata = row.iataCode() == null ? "" : row.iataCode().trim().toUpperCase(Locale.ROOT);
        String icao = row.icaoCode() == null || row.icaoCode().isBlank() ? null
                : row.icaoCode().trim().toUpperCase(Locale.ROOT);
        String country = row.countryCode() == null ? "" : row.countryCode().trim().toUpperCase(Locale.ROOT);
        String name = row.name() == null ? "" : row.name().strip();
        if (!iata.matches("[A-Z0-9]{2}")) {
            errors.add(new InvalidInputException.FieldError("iataCode", "two letters or digits"));
        }
        if (icao != null && !icao.matches("[A-Z]{3}")) {
            errors.add(new InvalidInputException.FieldError("icaoCode", "three letters, or empty"));
        }
        if (name.isEmpty() || name.length() > 120) {
            errors.add(new InvalidInputException.FieldError("name", "required, at most 120 characters"));
        }
        if (!countryExists(country)) {
            errors.add(new InvalidInputException.FieldError("countryCode", "'" + row.countryCode()
                    + "' is not a known country code (the country of the airline's operating licence)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Airline existing = em.find(Airline.class, iata);
        AirlineRow before = existing == null ? null : new AirlineRow(existing.getIataCode(), existing.getIcaoCode(),
                existing.getName(), existing.getCountryCode(), null);
        em.createNativeQuery("INSERT INTO airline (iata_code, icao_code, name, country_code, edited_by) VALUES"
                + " (?, ?, ?, ?, ?) ON CONFLICT (iata_code) DO UPDATE SET icao_code = EXCLUDED.icao_code,"
                + " name = EXCLUDED.name, country_code = EXCLUDED.country_code, edited_by = EXCLUDED.edited_by,"
                + " updated_at = now()").setParameter(1, iata).setParameter(2, icao).setParameter(3, name)
                .setParameter(4, country).setParameter(5, actor).executeUpdate();
        AirlineRow after = new AirlineRow(iata, icao, name, country, actor);
        audit.record(actor, "reference.airline", "airline:" + iata, before, after);
        edited.fire(new Edited("airline"));
        return after;
    }

    private boolean countryExists(String code) {
        return code.matches("[A-Z]{2}") && !em.createNativeQuery("SELECT 1 FROM country WHERE code = ?")
                .setParameter(1, code).getResultList().isEmpty();
    }

    /** The airline list with the edit marker (the entity does not map it). */
    private record AirlineQueries(EntityManager em) {

        @SuppressWarnings("unchecked")
        Page<AirlineRow> search(String query, int page, int size) {
            String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
            String where = q.isEmpty() ? "" : " WHERE lower(iata_code) = ? OR lower(name) LIKE ? ESCAPE '\\'";
            var count = em.createNativeQuery("SELECT count(*) FROM airline" + where);
            var rows = em.createNativeQuery("SELECT iata_code, icao_code, name, country_code, edited_by FROM airline"
                    + where + " ORDER BY lower(iata_code) = ? DESC, name, iata_code OFFSET ? LIMIT ?");
            int i = 1;
            if (!q.isEmpty()) {
                String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                count.setParameter(1, q).setParameter(2, like);
                rows.setParameter(1, q).setParameter(2, like);
                i = 3;
            }
            rows.setParameter(i, q).setParameter(i + 1, (long) page * size).setParameter(i + 2, size);
            long total = ((Number) count.getSingleResult()).longValue();
            List<AirlineRow> items = ((List<Object[]>) rows.getResultList()).stream().map(r -> new AirlineRow(
                    (String) r[0], r[1] == null ? null : ((String) r[1]).trim(), (String) r[2], ((String) r[3]).trim(),
                    (String) r[4])).toList();
            return new Page<>(items, total, page, size);
        }
    }
}
