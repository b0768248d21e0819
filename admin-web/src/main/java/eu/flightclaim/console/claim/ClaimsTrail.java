package eu.flightclaim.console.claim;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The claims list a handler last looked at (its filters, sort and the claims of the page shown), so
 * that a claim's page leads back to that list and on to the next claim in it.
 */
@Named
@SessionScoped
public class ClaimsTrail implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A claim of the list, as its page links it. */
    public record Stop(UUID id, String reference) implements Serializable {
    }

    private String listQuery = "";
    private List<Stop> shown = List.of();

    /** The list's URL query (without "?") and the claims it now shows, in its order. */
    public void record(String query, List<Stop> claims) {
        listQuery = query == null ? "" : query;
        shown = List.copyOf(claims);
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

    /** "3 of 25", or null when the claim is not in the list. */
    public String position(UUID claim) {
        int i = indexOf(claim);
        return i < 0 ? null : (i + 1) + " of " + shown.size();
    }

    private Stop step(UUID claim, int by) {
        int i = indexOf(claim);
        return i < 0 || i + by < 0 || i + by >= shown.size() ? null : shown.get(i + by);
    }

    private int indexOf(UUID claim) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(claim)) {
                return i;
            }
        }
        return -1;
    }
}
