package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.InvalidInputException;

import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The staff claim filters as text, the way the API's query parameters and the console's URL carry
 * them, and their checking into a {@link ClaimFilter}: one set of rules for both.
 * Every bad value is named in one {@link InvalidInputException}.
 */
public record ClaimFilterParams(String status, String assignee, String regime, String airline, String createdFrom,
        String createdTo, String flagged, String deadlineWithinDays, String q, String sort) {

    /** Checks every value; {@code me} gives the caller's staff id for {@code assignee=me}. */
    public ClaimFilter toFilter(Supplier<Long> me) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        List<String> statuses = null;
        if (!blank(status)) {
            statuses = new ArrayList<>();
            for (String s : Arrays.stream(status.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
                var parsed = ClaimStatus.fromApiName(s);
                if (parsed.isEmpty()) {
                    errors.add(error("status", "'" + s + "' is not a status; expected one of " + ClaimStatus.apiNames()));
                } else {
                    statuses.add(parsed.get().name());
                }
            }
        }
        Long assigneeId = null;
        boolean unassigned = false;
        if (!blank(assignee)) {
            switch (assignee.trim().toLowerCase(Locale.ROOT)) {
                case "me" -> assigneeId = me.get();
                case "none" -> unassigned = true;
                default -> assigneeId = number("assignee", assignee, "a staff id, 'me' or 'none'", errors);
            }
        }
        if (!blank(regime) && !List.of("EU261", "UK261").contains(regime.trim().toUpperCase(Locale.ROOT))) {
            errors.add(error("regime", "'" + regime + "' is not EU261 or UK261"));
        }
        if (!blank(airline) && !airline.trim().matches("[A-Za-z0-9]{2,3}")) {
            errors.add(error("airline", "'" + airline + "' is not an airline code (2 or 3 letters or digits)"));
        }
        Boolean isFlagged = null;
        if (!blank(flagged)) {
            if (!flagged.equalsIgnoreCase("true") && !flagged.equalsIgnoreCase("false")) {
                errors.add(error("flagged", "must be true or false"));
            } else {
                isFlagged = Boolean.parseBoolean(flagged);
            }
        }
        Integer within = null;
        if (!blank(deadlineWithinDays)) {
            Long days = number("deadlineWithinDays", deadlineWithinDays, "a whole number of days", errors);
            if (days != null && (days < 0 || days > 3650)) {
                errors.add(error("deadlineWithinDays", "must be between 0 and 3650"));
            } else if (days != null) {
                within = days.intValue();
            }
        }
        if (q != null && q.length() > 100) {
            errors.add(error("q", "must have at most 100 characters"));
        }
        if (!blank(sort) && !ClaimFilter.SORT_KEYS.contains(sort.trim().replaceFirst("^-", ""))) {
            errors.add(error("sort", "'" + sort + "' is not a sort; expected one of " + ClaimFilter.SORT_KEYS
                    + ", '-' in front for descending"));
        }
        LocalDate from = date("createdFrom", createdFrom, errors);
        LocalDate to = date("createdTo", createdTo, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ClaimFilter(statuses, assigneeId, unassigned, trim(regime), trim(airline), from, to,
                isFlagged, within, trim(q), trim(sort));
    }

    private static InvalidInputException.FieldError error(String field, String message) {
        return new InvalidInputException.FieldError(field, message);
    }

    private static Long number(String field, String s, String expected, List<InvalidInputException.FieldError> errors) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            errors.add(error(field, "'" + s + "' is not " + expected));
            return null;
        }
    }

    private static LocalDate date(String field, String s, List<InvalidInputException.FieldError> errors) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            errors.add(error(field, "'" + s + "' is not a date like 2026-06-01"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
