package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.application.claim.ClaimFilter;
import eu.flightclaim.claims.application.claim.ClaimQueries;
import eu.flightclaim.claims.application.claim.ClaimReviewService;
import eu.flightclaim.claims.application.claim.ClaimService;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The claims' read side in SQL: each answer is one statement shaped for it (joins, aggregates,
 * window counts, pg_trgm through {@link ClaimSearchQuery}), rows mapped to the application's types here.
 */
@ApplicationScoped
public class SqlClaimQueries extends PersistenceAdapter implements ClaimQueries {

    private static final Jsonb JSON = JsonbBuilder.create();
    /** A claim as its customer sees it, with its passengers as one JSON array and the list's total. */
    private static final String VIEW = """
            SELECT c.id, c.reference, c.status, c.regime, coalesce(c.override_amount, c.amount),
                   CASE WHEN c.override_amount IS NULL THEN c.currency ELSE c.override_currency END,
                   c.assessment_json, c.deadline, c.itinerary_json, c.contact_phone, c.payout_iban_masked,
                   c.payout_holder, c.created_at, c.version, u.email,
                   (SELECT json_agg(json_build_array(p.first_name, p.last_name, p.booking_reference) ORDER BY p.position)
                      FROM claim_passenger p WHERE p.claim_id = c.id)::text,
                   count(*) OVER ()
              FROM claim c JOIN customer u ON u.id = c.customer_id
            """;

    @Override
    public Optional<ClaimService.ClaimView> view(UUID customer, UUID id) {
        List<Object[]> rows = rows(em.createNativeQuery(VIEW + " WHERE c.id = ? AND c.anonymised_at IS NULL"
                // a restricted claim (its customer erased) is for staff only, for legal claims
                + " AND (CAST(? AS UUID) IS NULL OR (c.customer_id = CAST(? AS UUID) AND c.restricted_at IS NULL))").setParameter(1, id).setParameter(2, customer)
                .setParameter(3, customer));
        return rows.stream().findFirst().map(SqlClaimQueries::view);
    }

    @Override
    public Page<ClaimService.ClaimView> ofCustomer(UUID customer, int page, int size) {
        List<Object[]> rows = rows(em.createNativeQuery(VIEW + " WHERE c.customer_id = ? AND " + ClaimSearchQuery.EVERYDAY + " ORDER BY c.created_at DESC"
                + " OFFSET ? LIMIT ?").setParameter(1, customer).setParameter(2, (long) page * size).setParameter(3, size));
        long total = rows.isEmpty()
                ? ((Number) em.createNativeQuery("SELECT count(*) FROM claim c WHERE customer_id = ? AND "
                        + ClaimSearchQuery.EVERYDAY) // past the end
                        .setParameter(1, customer).getSingleResult()).longValue()
                : ((Number) rows.get(0)[16]).longValue();
        return new Page<>(rows.stream().map(SqlClaimQueries::view).toList(), total, page, size);
    }

    private static ClaimService.ClaimView view(Object[] r) {
        List<ClaimService.Passenger> people = new ArrayList<>();
        if (r[15] != null) {
            JsonArray array = Json.createReader(new StringReader((String) r[15])).readArray();
            for (JsonArray p : array.getValuesAs(JsonArray.class)) {
                people.add(new ClaimService.Passenger(p.getString(0), p.getString(1),
                        p.get(2).getValueType() == JsonValue.ValueType.NULL ? null : p.getString(2)));
            }
        }
        return new ClaimService.ClaimView((UUID) r[0], (String) r[1], ClaimStatus.valueOf((String) r[2]),
                (String) r[3], (BigDecimal) r[4], trim(r[5]),
                JSON.fromJson((String) r[6], ClaimService.StoredAssessment.class), SqlValues.localDate(r[7]),
                ItineraryColumn.read((String) r[8]), people, (String) r[9], (String) r[10], (String) r[11],
                SqlValues.offsetDateTime(r[12]), ((Number) r[13]).longValue(), (String) r[14]);
    }

    @Override
    public long count(ClaimFilter filter) {
        ClaimSearchQuery query = new ClaimSearchQuery(filter);
        return ((Number) bind(em.createNativeQuery(query.countSql()), query.params()).getSingleResult()).longValue();
    }

    @Override
    public List<ClaimReviewService.Summary> find(ClaimFilter filter, int page, int size) {
        ClaimSearchQuery query = new ClaimSearchQuery(filter);
        List<Object> params = query.params();
        Query rows = bind(em.createNativeQuery(query.pageSql()), params);
        rows.setParameter(params.size() + 1, (long) page * size).setParameter(params.size() + 2, size);
        return rows(rows).stream().map(r -> new ClaimReviewService.Summary((UUID) r[0],
                (String) r[1], ClaimStatus.valueOf((String) r[2]), (String) r[3], (BigDecimal) r[4], trim(r[5]),
                (String) r[6], (String) r[7], (String) r[8], SqlValues.localDate(r[9]), (String) r[10],
                r[11] == null ? null : ((Number) r[11]).longValue(), (String) r[12], (Boolean) r[13], (String) r[14],
                SqlValues.localDate(r[15]), SqlValues.offsetDateTime(r[16]), ((Number) r[17]).longValue(),
                (Boolean) r[18])).toList();
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    @Override
    public Optional<ClaimReviewService.Assignee> staff(long id, boolean enabledOnly) {
        return rows(em.createNativeQuery("SELECT id, email, display_name FROM staff_account WHERE id = ?"
                + (enabledOnly ? " AND enabled" : "")).setParameter(1, id)).stream().findFirst()
                .map(r -> new ClaimReviewService.Assignee(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> enabledStaffEmails() {
        return em.createNativeQuery("SELECT email FROM staff_account WHERE enabled ORDER BY id").getResultList();
    }

    @Override
    public ClaimReviewService.Stats stats(int nearDays) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ClaimStatus s : ClaimStatus.values()) {
            byStatus.put(s.apiName(), 0L);
        }
        // one pass over the book: counts and amounts by status and currency
        Map<String, BigDecimal> claimed = new TreeMap<>();
        Map<String, BigDecimal> approved = new TreeMap<>();
        Map<String, BigDecimal> paid = new TreeMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT status, CASE WHEN override_amount IS NULL"
                + " THEN currency ELSE override_currency END, count(*), sum(coalesce(override_amount, amount))"
                + " FROM claim GROUP BY 1, 2"))) {
            ClaimStatus status = ClaimStatus.valueOf((String) r[0]);
            byStatus.merge(status.apiName(), ((Number) r[2]).longValue(), Long::sum);
            String currency = trim(r[1]);
            BigDecimal amount = (BigDecimal) r[3];
            if (currency == null || amount == null) {
                continue;
            }
            if (status != ClaimStatus.WITHDRAWN) {
                claimed.merge(currency, amount, BigDecimal::add);
            }
            if (status == ClaimStatus.APPROVED || status == ClaimStatus.PAID) {
                approved.merge(currency, amount, BigDecimal::add);
            }
            if (status == ClaimStatus.PAID) {
                paid.merge(currency, amount, BigDecimal::add);
            }
        }
        Object[] decision = (Object[]) em.createNativeQuery("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY"
                + " extract(epoch FROM decided_at - created_at)), count(*) FROM claim WHERE decided_at IS NOT NULL")
                .getSingleResult();
        long near = ((Number) em.createNativeQuery("SELECT count(*) FROM claim WHERE "
                + ClaimSearchQuery.nearDeadline("")).setParameter(1, nearDays)
                .getSingleResult()).longValue();
        return new ClaimReviewService.Stats(byStatus, totals(claimed), totals(approved), totals(paid), near, nearDays,
                decision[0] == null ? null : Duration.ofSeconds(Math.round(((Number) decision[0]).doubleValue())),
                ((Number) decision[1]).longValue());
    }

    private static List<ClaimReviewService.MoneyTotal> totals(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().map(e -> new ClaimReviewService.MoneyTotal(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public ClaimReviewService.Activity activity(int weeks) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT"
                + " count(*) FILTER (WHERE created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'),"
                + " count(*) FILTER (WHERE created_at >= date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'),"
                + " (SELECT count(*) FROM claim WHERE flagged)"
                + " FROM claim WHERE created_at >= now() - interval '8 days'").getSingleResult();
        List<Object[]> rows = rows(em.createNativeQuery("SELECT CAST(date_trunc('week', created_at AT TIME ZONE 'UTC')"
                + " AS DATE) w, status, count(*) FROM claim WHERE created_at >= date_trunc('week', now() AT TIME ZONE"
                + " 'UTC') AT TIME ZONE 'UTC' - make_interval(weeks => ?) GROUP BY w, status ORDER BY w, status")
                .setParameter(1, Math.max(0, weeks - 1)));
        return new ClaimReviewService.Activity(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue(), rows.stream().map(r -> new ClaimReviewService.WeekCount(
                        SqlValues.localDate(r[0]), ((String) r[1]).toLowerCase(Locale.ROOT),
                        ((Number) r[2]).longValue())).toList());
    }

    @Override
    public Map<UUID, String> references(Collection<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            rows(em.createNativeQuery("SELECT id, reference FROM claim WHERE id = ANY (CAST(? AS UUID[]))")
                    .setParameter(1, SqlValues.uuidArray(ids)))
                    .forEach(r -> out.put((UUID) r[0], (String) r[1]));
        }
        return out;
    }

    @Override
    public List<DueReminder> dueReminders(int days) {
        return rows(em.createNativeQuery("""
                SELECT c.id, c.reference, u.email, string_agg(replace(r.document_type, '_', ' '), ', ' ORDER BY r.id)
                  FROM document_request r JOIN claim c ON c.id = r.claim_id JOIN customer u ON u.id = c.customer_id
                 WHERE r.answered_at IS NULL AND r.reminded_at IS NULL AND c.status = 'DOCUMENTS_REQUESTED'
                   AND r.requested_at < now() - make_interval(days => ?)
                 GROUP BY c.id, c.reference, u.email
                """).setParameter(1, days)).stream().map(r -> new DueReminder((UUID) r[0], (String) r[1],
                (String) r[2], (String) r[3])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> unansweredAfterReminder(int days) {
        return em.createNativeQuery("""
                SELECT DISTINCT c.id FROM document_request r JOIN claim c ON c.id = r.claim_id
                 WHERE r.answered_at IS NULL AND r.reminded_at < now() - make_interval(days => ?)
                   AND c.status = 'DOCUMENTS_REQUESTED' AND NOT c.flagged
                """).setParameter(1, days).getResultList();
    }

    @Override
    public List<NearDeadline> nearDeadline(int days) {
        return rows(em.createNativeQuery("SELECT c.id, c.reference, c.status, c.deadline, s.display_name, c.flagged"
                + " FROM claim c LEFT JOIN staff_account s ON s.id = c.assignee_id WHERE "
                + ClaimSearchQuery.nearDeadline("c.") + " ORDER BY c.deadline, c.reference")
                .setParameter(1, days)).stream().map(r -> new NearDeadline((UUID) r[0], (String) r[1],
                ClaimStatus.valueOf((String) r[2]).apiName().replace('_', ' '), SqlValues.localDate(r[3]),
                r[4] == null ? "unassigned" : (String) r[4], (Boolean) r[5])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static String trim(Object o) {
        return o == null ? null : ((String) o).trim();
    }
}
