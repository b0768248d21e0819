package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.reference.ReferenceData;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.system.OperationsMetrics;

import eu.flightclaim.claims.domain.model.compensation.Assessment;
import eu.flightclaim.claims.domain.model.compensation.Carrier;
import eu.flightclaim.claims.domain.model.compensation.Cause;
import eu.flightclaim.claims.domain.model.compensation.CompensationEngine;
import eu.flightclaim.claims.domain.model.compensation.Deadline;
import eu.flightclaim.claims.domain.model.compensation.Disruption;
import eu.flightclaim.claims.domain.model.compensation.Journey;
import eu.flightclaim.claims.domain.model.compensation.Leg;
import eu.flightclaim.claims.domain.model.compensation.Money;
import eu.flightclaim.claims.domain.model.compensation.Place;
import eu.flightclaim.claims.domain.model.compensation.Preconditions;
import eu.flightclaim.claims.domain.model.compensation.RegimeResult;
import eu.flightclaim.claims.domain.model.compensation.Trip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Answers "is compensation due?" for a journey: validates the question, resolves the codes
 * against the in-memory reference data, runs the engine and adds the claim deadlines. No
 * transaction and no database access per call (a CDI bean, not an EJB): it is the public hot path.
 */
@ApplicationScoped
public class EligibilityService {

    /** The engine's answer with the deadlines that apply to the journey, and the checked question. */
    public record Eligibility(Parsed question, Assessment assessment, List<Deadline> deadlines) {
    }

    private final CompensationEngine engine = new CompensationEngine();

    @Inject
    private ReferenceData referenceData;
    @Inject
    private OperationsMetrics metrics;

    /** The public eligibility check: answers, counting the answer (or the refusal of the question) for the operators. */
    public Eligibility check(EligibilityQuery query) {
        long started = System.nanoTime();
        try {
            Eligibility answer = assess(query);
            boolean eligible = answer.assessment().results().stream().anyMatch(RegimeResult::eligible);
            metrics.eligibilityChecked(eligible ? OperationsMetrics.EligibilityOutcome.ELIGIBLE
                    : OperationsMetrics.EligibilityOutcome.NOT_ELIGIBLE, System.nanoTime() - started);
            return answer;
        } catch (InvalidInputException e) {
            metrics.eligibilityChecked(OperationsMetrics.EligibilityOutcome.REFUSED, System.nanoTime() - started);
            throw e;
        }
    }

    /** Answers the question (also for a claim being submitted: not counted as a check). */
    public Eligibility assess(EligibilityQuery query) {
        ReferenceData.Snapshot reference = referenceData.snapshot();
        Parsed parsed = parse(query, reference);
        Assessment assessment = engine.assess(parsed.trip(), parsed.disruption(), parsed.preconditions(),
                parsed.flightDate());
        int disrupted = CompensationEngine.disruptedLeg(parsed.trip().legs().size(), parsed.disruption());
        Carrier operating = parsed.trip().legs().get(disrupted).carrier();
        List<Deadline> deadlines = parsed.flightDate() == null ? List.of()
                : Deadline.forJourney(parsed.trip().journeyOf(disrupted), operating, parsed.flightDate(),
                        reference.limitationPeriods());
        return new Eligibility(parsed, assessment, deadlines);
    }

    /** The checked question: the legs and their bookings, what happened, Art. 3's answers, the first leg's date. */
    public record Parsed(Trip trip, Disruption disruption, Preconditions preconditions, LocalDate flightDate) {
    }

    /** Checks every field and collects every error before answering, so a client fixes them in one go. */
    public static Parsed parse(EligibilityQuery query, ReferenceData.Snapshot ref) {
        Errors errors = new Errors();
        List<EligibilityQuery.Leg> legs = query == null || query.legs() == null ? List.of() : query.legs();
        if (legs.isEmpty() || legs.size() > Journey.MAX_LEGS) {
            errors.add("legs", "must have 1 to " + Journey.MAX_LEGS + " legs, has " + legs.size());
        }
        List<Leg> resolved = new ArrayList<>();
        List<String> bookings = new ArrayList<>();
        LocalDate flightDate = null;
        for (int i = 0; i < legs.size() && legs.size() <= Journey.MAX_LEGS; i++) {
            EligibilityQuery.Leg in = legs.get(i);
            String at = "legs[" + i + "]";
            if (in == null) {
                errors.add(at, "is missing");
                continue;
            }
            Place from = airport(ref, at + ".from", in.from(), errors);
            Place to = airport(ref, at + ".to", in.to(), errors);
            Carrier carrier = carrier(ref, at + ".carrier", in.carrier(), errors);
            if (from != null && to != null && from.code().equals(to.code())) {
                errors.add(at + ".to", "'" + in.to() + "' is the airport the leg departs from");
            }
            if (i > 0 && legs.get(i - 1) != null && in.from() != null && legs.get(i - 1).to() != null
                    && !in.from().trim().equalsIgnoreCase(legs.get(i - 1).to().trim())) {
                errors.add(at + ".from", "'" + in.from() + "' does not connect: leg " + (i - 1) + " arrives at '"
                        + legs.get(i - 1).to() + "'");
            }
            if (in.flightNumber() != null && !in.flightNumber().trim().toUpperCase(Locale.ROOT)
                    .matches("[A-Z0-9]{2}\\s?\\d{1,4}[A-Z]?")) {
                errors.add(at + ".flightNumber", "'" + in.flightNumber() + "' is not a flight number like LH400");
            }
            LocalDate date = date(at + ".date", in.date(), errors);
            if (i == 0) {
                flightDate = date;
            }
            if (from != null && to != null && carrier != null) {
                resolved.add(new Leg(from, to, carrier));
            }
            bookings.add(in.booking() == null || in.booking().isBlank() ? null : in.booking().trim());
        }
        checkBookings(bookings, errors);
        Disruption disruption = disruption(query == null ? null : query.disruption(), legs.size(), errors);
        Preconditions preconditions = preconditions(query == null ? null : query.preconditions(), errors);
        errors.throwIfAny();
        boolean separate = bookings.stream().distinct().count() > 1;
        return new Parsed(new Trip(resolved, separate ? bookings : null), disruption, preconditions, flightDate);
    }

    /** Booking labels: on every leg or none, and the legs of one booking follow each other. */
    private static void checkBookings(List<String> bookings, Errors errors) {
        long labelled = bookings.stream().filter(b -> b != null).count();
        if (labelled == 0) {
            return;
        }
        for (int i = 0; i < bookings.size(); i++) {
            String b = bookings.get(i);
            if (b == null) {
                errors.add("legs[" + i + "].booking", "is required when other legs name their booking");
            } else if (b.length() > 40) {
                errors.add("legs[" + i + "].booking", "must have at most 40 characters");
            } else if (i > 0 && !b.equals(bookings.get(i - 1)) && bookings.subList(0, i).contains(b)) {
                errors.add("legs[" + i + "].booking", "'" + b + "' comes back after another booking: the legs of a"
                        + " booking follow each other");
            }
        }
    }

    private static Preconditions preconditions(EligibilityQuery.Preconditions in, Errors errors) {
        if (in == null) {
            return Preconditions.UNKNOWN;
        }
        return new Preconditions(in.checkedInOnTime(),
                enumValue("preconditions.booking", in.booking(), Preconditions.Booking.class, false, errors),
                enumValue("preconditions.fare", in.fare(), Preconditions.Fare.class, false, errors),
                in.alreadyCompensated(), in.compensatedInThirdCountry(), in.claimAssigned(), in.courtCaseFiled());
    }

    private static Disruption disruption(EligibilityQuery.Disruption in, int legCount, Errors errors) {
        if (in == null) {
            errors.add("disruption", "is required");
            return null;
        }
        Disruption.Type type = enumValue("disruption.type", in.type(), Disruption.Type.class, true, errors);
        Cause cause = enumValue("disruption.cause", in.cause(), Cause.class, false, errors);
        Integer delay = nonNegative("disruption.arrivalDelayMinutes", in.arrivalDelayMinutes(), errors);
        Integer notice = nonNegative("disruption.noticeDays", in.noticeDays(), errors);
        Integer advanced = in.departureAdvancedMinutes();
        if (advanced != null && advanced <= 0) {
            errors.add("disruption.departureAdvancedMinutes", "must be a positive number of minutes, got " + advanced);
            advanced = null;
        }
        Integer downgradedLeg = legIndex("disruption.downgradedLeg", in.downgradedLeg(), legCount, errors);
        Integer operatedLeg = legIndex("disruption.operatedLeg", in.operatedLeg(), legCount, errors);
        Disruption.Reroute reroute = null;
        if (in.reroute() != null) {
            Integer arrival = nonNegative("disruption.reroute.arrivalDelayMinutes", in.reroute().arrivalDelayMinutes(),
                    errors);
            Integer departure = in.reroute().departureOffsetMinutes();
            if (departure == null) {
                errors.add("disruption.reroute.departureOffsetMinutes", "is required with a reroute");
            }
            if (arrival == null && in.reroute().arrivalDelayMinutes() == null) {
                errors.add("disruption.reroute.arrivalDelayMinutes", "is required with a reroute");
            }
            if (departure != null && arrival != null) {
                reroute = new Disruption.Reroute(departure, arrival);
            }
        }
        Money segmentPrice = money("disruption.segmentPrice", in.segmentPrice(), errors);
        Money ticketPrice = money("disruption.ticketPrice", in.ticketPrice(), errors);
        if (type == null) {
            return null;
        }
        switch (type) {
            case DELAY, DIVERSION -> require("disruption.arrivalDelayMinutes", in.arrivalDelayMinutes(), type, errors);
            case CANCELLATION -> require("disruption.noticeDays", in.noticeDays(), type, errors);
            case EARLY_DEPARTURE -> {
                require("disruption.noticeDays", in.noticeDays(), type, errors);
                require("disruption.departureAdvancedMinutes", in.departureAdvancedMinutes(), type, errors);
            }
            case DOWNGRADE -> {
                if (in.segmentPrice() == null && in.ticketPrice() == null) {
                    errors.add("disruption.segmentPrice", "is required for DOWNGRADE (or give ticketPrice to pro-rate)");
                }
            }
            default -> {
            }
        }
        if (errors.any()) {
            return null;
        }
        return new Disruption(type, delay, notice, reroute, cause, Boolean.TRUE.equals(in.voluntary()),
                downgradedLeg, segmentPrice, ticketPrice, operatedLeg, advanced);
    }

    private static Place airport(ReferenceData.Snapshot ref, String field, String code, Errors errors) {
        if (code == null || code.isBlank()) {
            errors.add(field, "is required (an IATA airport code)");
            return null;
        }
        Place p = ref.airports().get(code.trim().toUpperCase(Locale.ROOT));
        if (p == null) {
            errors.add(field, "unknown airport '" + code + "'");
        }
        return p;
    }

    private static Carrier carrier(ReferenceData.Snapshot ref, String field, String code, Errors errors) {
        if (code == null || code.isBlank()) {
            errors.add(field, "is required (the operating carrier's IATA code)");
            return null;
        }
        Carrier c = ref.carriers().get(code.trim().toUpperCase(Locale.ROOT));
        if (c == null) {
            errors.add(field, "unknown airline '" + code + "'");
        }
        return c;
    }

    private static LocalDate date(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "'" + value + "' is not a date like 2025-06-01");
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required,
            Errors errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "is required, one of " + Arrays.toString(type.getEnumConstants()));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "unknown value '" + value + "', expected one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static Integer nonNegative(String field, Integer value, Errors errors) {
        if (value != null && value < 0) {
            errors.add(field, "must not be negative, got " + value);
            return null;
        }
        return value;
    }

    private static Integer legIndex(String field, Integer value, int legCount, Errors errors) {
        if (value != null && (value < 0 || value >= legCount)) {
            errors.add(field, "must be the index of a leg, 0 to " + Math.max(0, legCount - 1) + ", got " + value);
            return null;
        }
        return value;
    }

    private static void require(String field, Object value, Disruption.Type type, Errors errors) {
        if (value == null) {
            errors.add(field, "is required for " + type);
        }
    }

    private static Money money(String field, EligibilityQuery.Price price, Errors errors) {
        if (price == null) {
            return null;
        }
        BigDecimal amount = null;
        try {
            amount = new BigDecimal(price.amount() == null ? "" : price.amount().trim());
            if (amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 9) {
                errors.add(field + ".amount", "'" + price.amount() + "' must be a positive amount like \"2000.00\"");
                amount = null;
            }
        } catch (NumberFormatException e) {
            errors.add(field + ".amount", "'" + price.amount() + "' is not an amount like \"2000.00\"");
        }
        String currency = price.currency() == null ? "" : price.currency().trim().toUpperCase(Locale.ROOT);
        try {
            if (!currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException();
            }
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            errors.add(field + ".currency", "'" + price.currency() + "' is not an ISO 4217 currency code");
            return null;
        }
        return amount == null ? null : new Money(amount, currency);
    }

    /** Field errors collected while checking a query. */
    private static final class Errors {
        private final List<InvalidInputException.FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new InvalidInputException.FieldError(field, message));
        }

        boolean any() {
            return !list.isEmpty();
        }

        void throwIfAny() {
            if (any()) {
                throw new InvalidInputException(list);
            }
        }
    }
}
