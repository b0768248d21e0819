package eu.flightclaim.console.claim;

import eu.flightclaim.claims.application.claim.ClaimFilter;
import eu.flightclaim.console.LazyRows;
import eu.flightclaim.claims.application.claim.ClaimFilterParams;
import eu.flightclaim.claims.application.claim.ClaimReviewService;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.identity.StaffAccountService;
import eu.flightclaim.claims.application.identity.StaffManagement;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.console.Feedback;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The claims list: the staff API's filters and search, held in the URL (view parameters) so a view
 * can be bookmarked and shared; a lazy table paged and sorted by the database; bulk assign.
 */
@Named
@ViewScoped
public class ClaimsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClaimReviewService claims;
    @EJB
    private StaffAccountService staffAccounts;
    @EJB
    private StaffManagement staffManagement;

    // the filters, as in the URL
    private String status;
    private String assignee;
    private String regime;
    private String airline;
    private String from;
    private String to;
    private String flagged;
    private String deadline;
    private String q;
    private String sort;

    private ClaimFilter filter;
    private List<ClaimReviewService.Summary> selected = new ArrayList<>();
    private Long bulkAssignee;
    private List<StaffManagement.StaffView> staff;

    @Inject
    private ClaimsTrail trail;

    // keyed by reference: the row's checkbox is named by its key ("Select FC-2026-000015", not a UUID)
    private final LazyRows<ClaimReviewService.Summary> rows = new LazyRows<>(
            () -> filter == null ? 0 : claims.count(filter),
            (first, size, sortBy) -> filter == null ? List.of() : shown(sorted(sortBy), first / size, size),
            ClaimReviewService.Summary::reference);

    /** The filter's fields as ClaimFilterParams names them, and their inputs on this page. */
    private static final Map<String, String> FILTER_FIELDS = Map.of("q", "filters:q", "status", "filters:status",
            "assignee", "filters:assignee", "regime", "filters:regime", "airline", "filters:airline",
            "createdFrom", "filters:from", "createdTo", "filters:to", "deadlineWithinDays", "filters:deadline",
            "flagged", "filters:flagged");

    /** Reads the URL's filters once per view; a bad value is said next to the form, the list stays empty. */
    public void load() {
        try {
            filter = params().toFilter(this::me);
        } catch (InvalidInputException | EJBException e) {
            filter = null;
            Feedback.failure("Filtering the claims", e, FILTER_FIELDS);
        }
    }

    private ClaimFilterParams params() {
        return new ClaimFilterParams(status, assignee, regime, airline, from, to, flagged, deadline, q, sort);
    }

    private long me() {
        return staffAccounts.idOf(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    /**
     * The filter with the table's column sort, when one is chosen (else the URL's). A sort chosen by a
     * column's header goes into the URL too (replaced in place), so a reload or a bookmark keeps it.
     */
    private ClaimFilter sorted(Map<String, SortMeta> sortBy) {
        ClaimFilter f = filter;
        SortMeta column = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        if (column != null && column.getOrder() != SortOrder.UNSORTED
                && ClaimFilter.SORT_KEYS.contains(column.getField())) {
            String chosen = (column.getOrder() == SortOrder.DESCENDING ? "-" : "") + column.getField();
            f = new ClaimFilter(f.statuses(), f.assignee(), f.unassigned(), f.regime(), f.airline(),
                    f.createdFrom(), f.createdTo(), f.flagged(), f.deadlineWithinDays(), f.text(), chosen);
            if (!chosen.equals(effectiveSort())) { // the default stays out of the URL
                sort = chosen;
                PrimeFaces.current().executeScript("history.replaceState(history.state, '', '?' + "
                        + Json.createValue(query()) + ");");
            }
        }
        return f;
    }

    /**
     * The sort the rows are in (the URL's, else the default newest first), for the table to mark its
     * column as sorted; null for a sort the URL got wrong (the filter explains it).
     */
    public SortMeta getSortMeta() {
        String key = effectiveSort();
        String field = key.replaceFirst("^-", "");
        if (!ClaimFilter.SORT_KEYS.contains(field)) {
            return null;
        }
        return SortMeta.builder().field(field)
                .order(key.startsWith("-") ? SortOrder.DESCENDING : SortOrder.ASCENDING).build();
    }

    private String effectiveSort() {
        return sort == null || sort.isBlank() ? ClaimFilter.DEFAULT_SORT : sort.trim();
    }

    /** The rows shown, remembered as the trail a claim's page follows (back to this list, on to the next). */
    private List<ClaimReviewService.Summary> shown(ClaimFilter order, int page, int size) {
        List<ClaimReviewService.Summary> shown = claims.rows(order, page, size);
        // PrimeFaces counted the rows just before it asked for this page
        trail.record(query(), order, page, size, Math.max(rows.getRowCount(), (long) page * size + shown.size()),
                shown.stream().map(r -> new ClaimsTrail.Stop(r.id(), r.reference())).toList());
        return shown;
    }

    /** This list's URL query: its filters and sort, as the view parameters read them. */
    private String query() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", status);
        values.put("assignee", assignee);
        values.put("regime", regime);
        values.put("airline", airline);
        values.put("from", from);
        values.put("to", to);
        values.put("flagged", flagged);
        values.put("deadline", deadline);
        values.put("q", q);
        values.put("sort", sort);
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** Applies the form: a redirect to this page with the filters in its URL. */
    public String apply() {
        try {
            params().toFilter(this::me);
        } catch (InvalidInputException | EJBException e) {
            Feedback.failure("Filtering the claims", e, FILTER_FIELDS);
            return null;
        }
        return "/claims?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/claims?faces-redirect=true";
    }

    /** Assigns every selected claim; a claim changed meanwhile is left as it is and named. */
    public void assignSelected() {
        if (selected == null || selected.isEmpty()) {
            Feedback.error("Select the claims to assign first.");
            return;
        }
        String actor = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        int done = 0;
        List<String> failed = new ArrayList<>();
        for (ClaimReviewService.Summary row : selected) {
            try {
                claims.assign(actor, row.id(), row.version(), bulkAssignee == -1 ? null : bulkAssignee); // -1: Nobody
                done++;
            } catch (RuntimeException e) {
                failed.add(row.reference());
            }
        }
        if (done > 0) {
            Feedback.info("Assigned " + done + " claim(s) to " + assigneeName(bulkAssignee) + ".");
        }
        if (!failed.isEmpty()) {
            Feedback.error("Not assigned, they changed since the list was loaded: " + String.join(", ", failed)
                    + ". The list now shows them as they are.");
        }
        selected = new ArrayList<>();
    }

    private String assigneeName(Long id) {
        return id == null ? "nobody" : getStaff().stream().filter(s -> s.id() == id).map(StaffManagement.StaffView::displayName)
                .findFirst().orElse("staff " + id);
    }

    public List<StaffManagement.StaffView> getStaff() {
        if (staff == null) {
            staff = staffManagement.assignable();
        }
        return staff;
    }

    public List<String> getStatuses() {
        return ClaimStatus.apiNames();
    }

    public boolean isFilterValid() {
        return filter != null;
    }

    public LazyDataModel<ClaimReviewService.Summary> getRows() {
        return rows;
    }

    public List<ClaimReviewService.Summary> getSelected() {
        return selected;
    }

    public void setSelected(List<ClaimReviewService.Summary> selected) {
        this.selected = selected;
    }

    public Long getBulkAssignee() {
        return bulkAssignee;
    }

    public void setBulkAssignee(Long bulkAssignee) {
        this.bulkAssignee = bulkAssignee;
    }

    /** The status filter as a list, for the multi-select. */
    public List<String> getStatusList() {
        return status == null || status.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(status.split(",")));
    }

    public void setStatusList(List<String> list) {
        status = list == null || list.isEmpty() ? null : String.join(",", list);
    }

    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String v) { assignee = v; }
    public String getRegime() { return regime; }
    public void setRegime(String v) { regime = v; }
    public String getAirline() { return airline; }
    public void setAirline(String v) { airline = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getFlagged() { return flagged; }
    public void setFlagged(String v) { flagged = v; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String v) { deadline = v; }
    public String getQ() { return q; }
    public void setQ(String v) { q = v; }
    public String getSort() { return sort; }
    public void setSort(String v) { sort = v; }
}
