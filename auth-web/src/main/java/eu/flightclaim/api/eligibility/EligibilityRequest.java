package eu.flightclaim.api.eligibility;

import eu.flightclaim.claims.domain.model.claim.Itinerary;
import eu.flightclaim.api.MoneyDto;
import eu.flightclaim.claims.application.claim.EligibilityQuery;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The eligibility question. Enum values travel as strings so that a wrong one gets a 400 naming
 * the field and the value (a JSON binding error could not say which).
 */
@Schema(name = "EligibilityRequest")
public class EligibilityRequest {

    @Schema(type = SchemaType.ARRAY, implementation = LegDto.class, description = "The booking's flights in travel"
            + " order, 1 to 6; each leg departs from where the one before arrives")
    public List<LegDto> legs;
    @Schema(required = true, description = "What happened to the flight")
    public DisruptionDto disruption;
    @Schema(description = "Art. 3's other questions; leave out what is not known (it is listed in openQuestions)")
    public PreconditionsDto preconditions;

    @Schema(name = "Leg")
    public static class LegDto {
        @Schema(description = "IATA code of the departure airport", example = "FRA", required = true)
        public String from;
        @Schema(description = "IATA code of the arrival airport", example = "JFK", required = true)
        public String to;
        @Schema(description = "IATA code of the operating carrier", example = "LH", required = true)
        public String carrier;
        @Schema(description = "Flight number: the airline's two-character code, 1 to 4 digits and perhaps a letter (a"
                + " space after the code is allowed); optional here, required on a claim's first leg",
                example = "LH400")
        public String flightNumber;
        @Schema(description = "Scheduled departure date; the first leg's date gives the claim deadlines",
                example = "2026-06-01", format = "date")
        public String date;
        @Schema(description = "Claims: scheduled departure, local time with offset", example = "2026-06-01T10:05+02:00")
        public String scheduledDeparture;
        @Schema(description = "Claims: scheduled arrival, local time with offset", example = "2026-06-01T12:45-04:00")
        public String scheduledArrival;
        @Schema(description = "Claims: actual departure, when known", example = "2026-06-01T15:05+02:00")
        public String actualDeparture;
        @Schema(description = "Claims: actual arrival (doors open), when known", example = "2026-06-01T17:45-04:00")
        public String actualArrival;
        @Schema(description = "Which booking the leg was on: legs with the same label were booked together. Leave out"
                + " when all legs are one booking; legs on separate bookings are separate journeys (C-537/17)",
                example = "B1", maxLength = 40)
        public String booking;

        /** A claim's leg as it was submitted. */
        public static LegDto of(Itinerary.Leg leg) {
            LegDto d = new LegDto();
            d.from = leg.from();
            d.to = leg.to();
            d.carrier = leg.carrier();
            d.flightNumber = leg.flightNumber();
            d.date = leg.date();
            d.scheduledDeparture = leg.scheduledDeparture();
            d.scheduledArrival = leg.scheduledArrival();
            d.actualDeparture = leg.actualDeparture();
            d.actualArrival = leg.actualArrival();
            d.booking = leg.booking();
            return d;
        }

        /** The leg of a claim's itinerary this is. */
        public Itinerary.Leg toLeg() {
            return new Itinerary.Leg(from, to, carrier, flightNumber, date, scheduledDeparture, scheduledArrival,
                    actualDeparture, actualArrival, booking);
        }
    }

    @Schema(name = "Disruption")
    public static class DisruptionDto {
        @Schema(enumeration = {"DELAY", "CANCELLATION", "DENIED_BOARDING", "DOWNGRADE", "EARLY_DEPARTURE", "DIVERSION"},
                required = true, example = "DELAY", description = "EARLY_DEPARTURE: the flight left earlier than"
                + " scheduled (more than 1 hour is a cancellation, C-146/20); DIVERSION: it landed at another airport"
                + " serving the same area (a delay, measured where the passenger arrived, C-826/19)")
        public String type;
        @Schema(description = "DELAY: delay at the final destination, doors open; DIVERSION: delay at the passenger's"
                + " arrival after the transfer; EARLY_DEPARTURE: how late the earlier flight still arrived, if it did",
                example = "210", minimum = "0")
        public Integer arrivalDelayMinutes;
        @Schema(description = "CANCELLATION, EARLY_DEPARTURE: days before the scheduled departure the passenger was told"
                + " (0 = at the airport)", example = "10", minimum = "0")
        public Integer noticeDays;
        @Schema(description = "EARLY_DEPARTURE: how much earlier than scheduled the flight left, minutes", example = "90",
                minimum = "1")
        public Integer departureAdvancedMinutes;
        @Schema(description = "CANCELLATION, DENIED_BOARDING: the re-routing offered")
        public RerouteDto reroute;
        @Schema(enumeration = {"NONE", "TECHNICAL", "OWN_STAFF_STRIKE", "THIRD_PARTY_STRIKE", "ATC", "WEATHER",
                "BIRD_STRIKE", "SECURITY", "POLITICAL_INSTABILITY", "MEDICAL_EMERGENCY", "OTHER"},
                defaultValue = "NONE", example = "NONE", description = "The cause the carrier gave, NONE when none."
                + " THIRD_PARTY_STRIKE, ATC, WEATHER, BIRD_STRIKE, SECURITY, POLITICAL_INSTABILITY and"
                + " MEDICAL_EMERGENCY can be extraordinary circumstances (Art. 5(3)): nothing is due for a delay or"
                + " cancellation until a reviewer has checked; TECHNICAL and OWN_STAFF_STRIKE are not; OTHER goes to"
                + " manual review")
        public String cause;
        @Schema(description = "DENIED_BOARDING: the passenger volunteered", defaultValue = "false", example = "false")
        public Boolean voluntary;
        @Schema(description = "DOWNGRADE: index of the downgraded leg", defaultValue = "0", minimum = "0",
                example = "0")
        public Integer downgradedLeg;
        @Schema(description = "Index of the leg whose operating carrier counts for scope (Art. 3(1)(b)); default the last"
                + " leg, or the downgraded leg", minimum = "0", example = "0")
        public Integer operatedLeg;
        @Schema(description = "DOWNGRADE: price of the downgraded segment")
        public MoneyDto segmentPrice;
        @Schema(description = "DOWNGRADE without a segment price: the ticket price, pro-rated by distance (C-255/15)")
        public MoneyDto ticketPrice;
    }

    @Schema(name = "Reroute")
    public static class RerouteDto {
        @Schema(description = "Re-routed departure relative to the scheduled one, minutes (negative = earlier)",
                example = "-60", type = SchemaType.INTEGER)
        public Integer departureOffsetMinutes;
        @Schema(description = "Re-routed arrival after the scheduled arrival, minutes", example = "210", minimum = "0")
        public Integer arrivalDelayMinutes;
    }

    @Schema(name = "Preconditions")
    public static class PreconditionsDto {
        @Schema(description = "Checked in as the carrier stipulated, or 45 minutes before the published departure at the"
                + " latest (Art. 3(2)(a)); not asked for a cancellation", example = "true")
        public Boolean checkedInOnTime;
        @Schema(description = "The reservation: confirmed, or transferred to this flight by the carrier or tour operator"
                + " (Art. 3(2))", enumeration = {"CONFIRMED", "TRANSFERRED", "NOT_CONFIRMED"}, example = "CONFIRMED")
        public String booking;
        @Schema(description = "The fare: free or reduced fares not available to the public are not covered,"
                + " frequent-flyer tickets are (Art. 3(3))", enumeration = {"PUBLIC", "FREQUENT_FLYER",
                        "FREE_OR_REDUCED_NOT_PUBLIC"}, example = "PUBLIC")
        public String fare;
        @Schema(description = "The carrier already paid compensation for this disruption", example = "false")
        public Boolean alreadyCompensated;
        @Schema(description = "Into the EU (or UK) from outside: benefits or compensation and assistance were received"
                + " in that country (Art. 3(1)(b))", example = "false")
        public Boolean compensatedInThirdCountry;
        @Schema(description = "The claim was already assigned to someone else (then it cannot be claimed here)",
                example = "false")
        public Boolean claimAssigned;
        @Schema(description = "A court case about it is already filed (then it cannot be claimed here)", example = "false")
        public Boolean courtCaseFiled;

        EligibilityQuery.Preconditions toQuery() {
            return new EligibilityQuery.Preconditions(checkedInOnTime, booking, fare, alreadyCompensated,
                    compensatedInThirdCountry, claimAssigned, courtCaseFiled);
        }
    }

    public EligibilityQuery toQuery() {
        List<EligibilityQuery.Leg> legList = legs == null ? null : legs.stream()
                .map(l -> l == null ? null : new EligibilityQuery.Leg(l.from, l.to, l.carrier, l.flightNumber, l.date,
                        l.booking))
                .toList();
        EligibilityQuery.Disruption d = disruption == null ? null : new EligibilityQuery.Disruption(disruption.type,
                disruption.arrivalDelayMinutes, disruption.noticeDays,
                disruption.reroute == null ? null : new EligibilityQuery.Reroute(
                        disruption.reroute.departureOffsetMinutes, disruption.reroute.arrivalDelayMinutes),
                disruption.cause, disruption.voluntary, disruption.downgradedLeg, disruption.operatedLeg,
                price(disruption.segmentPrice), price(disruption.ticketPrice), disruption.departureAdvancedMinutes);
        return new EligibilityQuery(legList, d, preconditions == null ? null : preconditions.toQuery());
    }

    private static EligibilityQuery.Price price(MoneyDto m) {
        return m == null ? null : new EligibilityQuery.Price(m.amount, m.currency);
    }
}
