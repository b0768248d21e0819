package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.application.claim.ClaimFilter;
import eu.flightclaim.claims.domain.model.claim.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The staff claim list as SQL: every filter becomes a condition with positional parameters, the free
 * text matches reference, customer email, passenger name, flight number and booking reference, and
 * the sort is picked from a fixed list (never concatenated from input).
 */
public final class ClaimSearchQuery {

    /** Sort keys ({@code -key} for descending, see {@link ClaimFilter#SORT_KEYS}) and their columns. */
    public static final Map<String, String> SORTS = Map.of(
            "createdAt", "c.created_at",
            "updatedAt", "c.updated_at",
            "deadline", "c.deadline",
            "reference", "c.reference",
            "status", "c.status",
            "amount", "coalesce(c.override_amount, c.amount)",
            "flightDate", "c.first_flight_date");

    static {
        if (!SORTS.keySet().equals(ClaimFilter.SORT_KEYS)) { // the filter's checked keys and these columns are one list
            throw new IllegalStateException("sort keys " + ClaimFilter.SORT_KEYS + " but columns for " + SORTS.keySet());
        }
    }

    /** The open statuses as an SQL list. */
    private static final String OPEN_STATUSES = Claim.OPEN.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /**
     * Undecided and within {@code ?} days of its limitation deadline, or past it: the one rule for the
     * list's filter, the dashboard, the staff digest and the alert's gauge. {@code claim}: the table's
     * alias with its dot, or empty.
     */
    static String nearDeadline(String claim) {
        return claim + "status IN " + OPEN_STATUSES + " AND " + claim + "deadline <= current_date + ?";
    }

    /**
     * Claims in everyday work: not restricted to legal claims (an erasure) — except an approved one, which
     * is owed and must be found to be paid — and not anonymised.
     */
    static final String EVERYDAY = "(c.restricted_at IS NULL OR c.status = 'APPROVED') AND c.anonymised_at IS NULL";

    private static final String FROM = " FROM claim c JOIN customer u ON u.id = c.customer_id"
            + " LEFT JOIN staff_account s ON s.id = c.assignee_id";
    /** The columns of a list row, in the order {@code ClaimReviewService} reads them. */
    private static final String COLUMNS = "SELECT c.id, c.reference, c.status, c.regime,"
            + " coalesce(c.override_amount, c.amount),"
            + " CASE WHEN c.override_amount IS NULL THEN c.currency ELSE c.override_currency END, u.email,"
            + " (SELECT string_agg(p.first_name || ' ' || p.last_name, ', ' ORDER BY p.position)"
            + "    FROM claim_passenger p WHERE p.claim_id = c.id),"
            + " c.flight_number, c.first_flight_date, c.airline, c.assignee_id, s.display_name, c.flagged, c.flag_reason,"
            + " c.deadline, c.created_at, c.version, c.manual_review";

    private final String where;
    private final List<Object> params;
    private final String orderBy;

    public ClaimSearchQuery(ClaimFilter f) {
        List<String> conditions = new ArrayList<>();
        params = new ArrayList<>();
        conditions.add(EVERYDAY);
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            conditions.add("c.status IN (" + String.join(", ", f.statuses().stream().map(x -> "?").toList()) + ")");
            f.statuses().forEach(x -> params.add(x.toUpperCase(Locale.ROOT)));
        }
        if (f.unassigned()) {
            conditions.add("c.assignee_id IS NULL");
        } else if (f.assignee() != null) {
            conditions.add("c.assignee_id = ?");
            params.add(f.assignee());
        }
        if (f.regime() != null) {
            conditions.add("c.regime = ?");
            params.add(f.regime().toUpperCase(Locale.ROOT));
        }
        if (f.airline() != null) {
            conditions.add("c.airline = ?");
            params.add(f.airline().toUpperCase(Locale.ROOT));
        }
        if (f.createdFrom() != null) {
            conditions.add("c.created_at >= ?");
            params.add(java.sql.Date.valueOf(f.createdFrom()));
        }
        if (f.createdTo() != null) {
            conditions.add("c.created_at < ?"); // inclusive of the whole "to" day
            params.add(java.sql.Date.valueOf(f.createdTo().plusDays(1)));
        }
        if (f.flagged() != null) {
            conditions.add(f.flagged() ? "c.flagged" : "NOT c.flagged");
        }
        if (f.deadlineWithinDays() != null) {
            conditions.add(nearDeadline("c."));
            params.add(f.deadlineWithinDays());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String t = f.text().trim().toLowerCase(Locale.ROOT);
            String like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            String upper = t.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
            // one indexed lookup per kind of match (a single OR across the joins would scan every claim)
            conditions.add("c.id IN (SELECT x.id FROM claim x WHERE x.reference = ? OR x.flight_number = ?"
                    + " UNION SELECT x.id FROM claim x JOIN customer y ON y.id = x.customer_id WHERE lower(y.email) LIKE ?"
                    + " UNION SELECT p.claim_id FROM claim_passenger p WHERE lower(p.first_name || ' ' || p.last_name)"
                    + " LIKE ? OR p.booking_reference = ?)");
            params.add(upper);
            params.add(upper);
            params.add(like);
            params.add(like);
            params.add(upper);
        }
        where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String sort = f.sort() == null || f.sort().isBlank() ? ClaimFilter.DEFAULT_SORT : f.sort().trim();
        boolean descending = sort.startsWith("-");
        String column = SORTS.get(descending ? sort.substring(1) : sort);
        if (column == null) {
            throw new IllegalArgumentException("unknown sort '" + sort + "', expected one of " + SORTS.keySet().stream()
                    .sorted().toList() + ", '-' in front for descending");
        }
        orderBy = " ORDER BY " + column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", c.id";
    }

    /** The count needs no join: the conditions only use the claim's columns (and their own subqueries). */
    public String countSql() {
        return "SELECT count(*) FROM claim c" + where;
    }

    public String pageSql() {
        return COLUMNS + FROM + where + orderBy + " OFFSET ? LIMIT ?";
    }

    /** The filter's parameters, 1-based in the order of the SQL's question marks (page SQL: then offset, limit). */
    public List<Object> params() {
        return List.copyOf(params);
    }
}
