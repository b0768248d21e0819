package eu.flightclaim.console.claim;

import eu.flightclaim.claims.application.claim.ClaimFilter;
import eu.flightclaim.claims.application.claim.ClaimReviewService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The claims list a handler last looked at (its filters and sort), so that a claim's page leads back
 * to that list and on to the previous and next claim in it, across its pages: the pages seen are kept,
 * a neighbour on a page not seen yet is read from the database when asked for.
 */
@Named
@SessionScoped
public class ClaimsTrail implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A claim of the list, as its page links it. */
    public record Stop(UUID id, String reference) implements Serializable {
    }

    @EJB
    private ClaimReviewService claims;

    private String listQuery = "";
    private ClaimFilter filter;
    private int pageSize = 1;
    private long total;
    /** The list's pages seen, by number (0-based). */
    private final Map<Integer, List<Stop>> pages = new HashMap<>();

    /**
     * One page of the list as shown: its URL query (without "?"), the filter in the order shown, the
     * page's number and size, the list's length and the page's claims. Another list starts a new trail.
     */
    public void record(String query, ClaimFilter shownFilter, int page, int size, long length, List<Stop> claims) {
        String q = query == null ? "" : query;
        if (!q.equals(listQuery) || !Objects.equals(shownFilter, filter) || size != pageSize) {
            pages.clear();
        }
        listQuery = q;
        filter = shownFilter;
        pageSize = Math.max(1, size);
        total = length;
        pages.put(page, List.copyOf(claims));
    }

    /** The list as it was left, relative to the console's root. */
    public String getListUrl() {
        return "/claims.xhtml" + (listQuery.isEmpty() ? "" : "?" + listQuery);
    }

    /** The claim after this one in the list, or null at its end or when the claim is not in it. */
    public Stop next(UUID claim) {
        return step(claim, 1);
    }

    public Stop previous(UUID claim) {
        return step(claim, -1);
    }

    /** "28 of 60", or null when the claim is not in the list. */
    public String position(UUID claim) {
        long at = indexOf(claim);
        return at < 0 ? null : (at + 1) + " of " + total;
    }

    private Stop step(UUID claim, int by) {
        long at = indexOf(claim);
        if (at < 0 || at + by < 0 || at + by >= total) {
            return null;
        }
        long to = at + by;
        List<Stop> page = page((int) (to / pageSize));
        int i = (int) (to % pageSize);
        return i < page.size() ? page.get(i) : null;
    }

    /** A page seen, or read now (the list may have changed meanwhile: then it is what the list is now). */
    private List<Stop> page(int number) {
        return pages.computeIfAbsent(number, n -> filter == null ? List.of()
                : claims.rows(filter, n, pageSize).stream().map(r -> new Stop(r.id(), r.reference())).toList());
    }

    private long indexOf(UUID claim) {
        for (var page : pages.entrySet()) {
            List<Stop> stops = page.getValue();
            for (int i = 0; i < stops.size(); i++) {
                if (stops.get(i).id().equals(claim)) {
                    return (long) page.getKey() * pageSize + i;
                }
            }
        }
        return -1;
    }
}
