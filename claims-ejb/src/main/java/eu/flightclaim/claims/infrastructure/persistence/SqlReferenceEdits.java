package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.application.reference.ReferenceDataEditing.AirlineRow;
import eu.flightclaim.claims.application.reference.ReferenceDataEditing.LimitationRow;
import eu.flightclaim.claims.application.reference.ReferenceEdits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reference rows staff correct, in SQL: upserts (ON CONFLICT) that mark the row as edited, and the
 * lists with the edit marker and the country's name, which the entities do not map.
 */
@ApplicationScoped
public class SqlReferenceEdits extends PersistenceAdapter implements ReferenceEdits {

    private static final String LIMITATION_ROWS = "SELECT l.country_code, c.name, l.amount, l.unit,"
            + " l.ends_at_year_end, l.basis, l.edited_by FROM limitation_period l LEFT JOIN country c"
            + " ON c.code = l.country_code";

    @Override
    public List<LimitationRow> limitationPeriods() {
        return limitationRows(em.createNativeQuery(LIMITATION_ROWS + " ORDER BY l.country_code"));
    }

    @Override
    public Optional<LimitationRow> limitationPeriod(String country) {
        return limitationRows(em.createNativeQuery(LIMITATION_ROWS + " WHERE l.country_code = ?")
                .setParameter(1, country)).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<LimitationRow> limitationRows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new LimitationRow(((String) r[0]).trim(), (String) r[1], ((Number) r[2]).intValue(),
                        (String) r[3], (Boolean) r[4], (String) r[5], (String) r[6])).toList();
    }

    @Override
    public void saveLimitationPeriod(String country, int amount, String unit, boolean endsAtYearEnd, String basis,
            String actor) {
        em.createNativeQuery("INSERT INTO limitation_period (country_code, amount, unit, ends_at_year_end, basis,"
                + " edited_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (country_code) DO UPDATE SET amount = EXCLUDED.amount,"
                + " unit = EXCLUDED.unit, ends_at_year_end = EXCLUDED.ends_at_year_end, basis = EXCLUDED.basis,"
                + " edited_by = EXCLUDED.edited_by, updated_at = now()").setParameter(1, country)
                .setParameter(2, amount).setParameter(3, unit).setParameter(4, endsAtYearEnd)
                .setParameter(5, basis).setParameter(6, actor).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<AirlineRow> airlines(String query, int page, int size) {
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

    @Override
    public void saveAirline(String iata, String icao, String name, String country, String actor) {
        em.createNativeQuery("INSERT INTO airline (iata_code, icao_code, name, country_code, edited_by) VALUES"
                + " (?, ?, ?, ?, ?) ON CONFLICT (iata_code) DO UPDATE SET icao_code = EXCLUDED.icao_code,"
                + " name = EXCLUDED.name, country_code = EXCLUDED.country_code, edited_by = EXCLUDED.edited_by,"
                + " updated_at = now()").setParameter(1, iata).setParameter(2, icao).setParameter(3, name)
                .setParameter(4, country).setParameter(5, actor).executeUpdate();
    }

    @Override
    public boolean countryExists(String code) {
        return !em.createNativeQuery("SELECT 1 FROM country WHERE code = ?").setParameter(1, code).getResultList()
                .isEmpty();
    }
}
