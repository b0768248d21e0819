package eu.flightclaim.claims.application.claim;

import java.util.List;

/**
 * An eligibility question as a client sends it (codes and enum names as text), before it is
 * checked: {@link EligibilityService} validates it field by field and answers with the field paths
 * ({@code legs[1].from}, {@code disruption.noticeDays}) of whatever is wrong. The claim submission
 * takes the same input.
 */
public record EligibilityQuery(List<Leg> legs, Disruption disruption) {

    public record Leg(String from, String to, String carrier, String flightNumber, String date) {
    }

    public record Disruption(String type, Integer arrivalDelayMinutes, Integer noticeDays, Reroute reroute, String cause,
            Boolean voluntary, Integer downgradedLeg, Integer operatedLeg, Price segmentPrice, Price ticketPrice) {
    }

    public record Reroute(Integer departureOffsetMinutes, Integer arrivalDelayMinutes) {
    }

    public record Price(String amount, String currency) {
    }
}
