package eu.flightclaim.claims.application.claim;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The staff claim list's filters; null means "any". {@code assignee}: a staff id; {@code unassigned}
 * for none; {@code sort}: one of {@link #SORT_KEYS}, {@code -} in front for descending.
 */
public record ClaimFilter(List<String> statuses, Long assignee, boolean unassigned, String regime, String airline,
        LocalDate createdFrom, LocalDate createdTo, Boolean flagged, Integer deadlineWithinDays, String text,
        String sort) implements Serializable {

    public static final Set<String> SORT_KEYS = Set.of("createdAt", "updatedAt", "deadline", "reference", "status",
            "amount", "flightDate");
    public static final String DEFAULT_SORT = "-createdAt";
}
