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

    /** The booking's flights in travel order, 1 to 6 */
    public List<LegDto> legs;
    @Schema(required = true)
    public DisruptionDto disruption;

    @Schema(name = "Leg")
    public static class LegDto {
        @Schema(description = "IATA code of the departure airport", example = "FRA", required = true)
        public String from;
        @Schema(description = "IATA code of the arrival airport", example = "JFK", required = true)
        public String to;
        @Schema(description = "IATA code of the operating carrier", example = "LH", required = true)
        public String carrier;
        @Schema(example = "LH400")
        public String flightNumber;
        @Schema(description = "Scheduled departure date; the first leg's date gives the claim deadlines",
                example = "2025-06-01", format = "date")
        public String date;
        @Schema(description = "Claims: scheduled departure, local time with offset", example = "2026-06-01T10:05+02:00")
        public String scheduledDeparture;
        @Schema(description = "Claims: scheduled arrival, local time with offset", example = "2026-06-01T12:45-04:00")
        public String scheduledArrival;
        @Schema(description = "Claims: actual departure, when known")
        public String actualDeparture;
        @Schema(description = "Claims: actual arrival (doors open), when known")
        public String actualArrival;

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
            return d;
        }

        /** The leg of a claim's itinerary this is. */
        public Itinerary.Leg toLeg() {
            return new Itinerary.Leg(from, to, carrier, flightNumber, date, scheduledDeparture, scheduledArrival,
                    actualDeparture, actualArrival);
        }
    }

    @Schema(name = "Disruption")
    public static class DisruptionDto {
        @Schema(enumeration = {"DELAY", "CANCELLATION", "DENIED_BOARDING", "DOWNGRADE"}, required = true, example = "DELAY")
        public String type;
        @Schema(description = "DELAY: delay at the final destination, doors open", example = "210", minimum = "0")
        public Integer arrivalDelayMinutes;
        @Schema(description = "CANCELLATION: days before the scheduled departure the passenger was told (0 = at the airport)",
                example = "10", minimum = "0")
        public Integer noticeDays;
        @Schema(description = "CANCELLATION, DENIED_BOARDING: the re-routing offered")
        public RerouteDto reroute;
        @Schema(enumeration = {"NONE", "TECHNICAL", "OWN_STAFF_STRIKE", "THIRD_PARTY_STRIKE", "ATC", "WEATHER",
                "BIRD_STRIKE", "SECURITY", "POLITICAL_INSTABILITY", "MEDICAL_EMERGENCY", "OTHER"}, defaultValue = "NONE")
        public String cause;
        @Schema(description = "DENIED_BOARDING: the passenger volunteered", defaultValue = "false")
        public Boolean voluntary;
        @Schema(description = "DOWNGRADE: index of the downgraded leg", defaultValue = "0", minimum = "0")
        public Integer downgradedLeg;
        @Schema(description = "Index of the leg whose operating carrier counts for scope (Art. 3(1)(b)); default the last"
                + " leg, or the downgraded leg", minimum = "0")
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

    public EligibilityQuery toQuery() {
        List<EligibilityQuery.Leg> legList = legs == null ? null : legs.stream()
                .map(l -> l == null ? null : new EligibilityQuery.Leg(l.from, l.to, l.carrier, l.flightNumber, l.date))
                .toList();
        EligibilityQuery.Disruption d = disruption == null ? null : new EligibilityQuery.Disruption(disruption.type,
                disruption.arrivalDelayMinutes, disruption.noticeDays,
                disruption.reroute == null ? null : new EligibilityQuery.Reroute(
                        disruption.reroute.departureOffsetMinutes, disruption.reroute.arrivalDelayMinutes),
                disruption.cause, disruption.voluntary, disruption.downgradedLeg, disruption.operatedLeg,
                price(disruption.segmentPrice), price(disruption.ticketPrice));
        return new EligibilityQuery(legList, d);
    }

    private static EligibilityQuery.Price price(MoneyDto m) {
        return m == null ? null : new EligibilityQuery.Price(m.amount, m.currency);
    }
}
