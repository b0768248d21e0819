package eu.flightclaim.claims.application.claim;

import java.util.List;

/**
 * An eligibility question as a client sends it (codes and enum names as text), before it is
 * checked: {@link EligibilityService} validates it field by field and answers with the field paths
 * ({@code legs[1].from}, {@code disruption.noticeDays}) of whatever is wrong. The claim submission
 * takes the same input.
 */
public record EligibilityQuery(List<Leg> legs, Disruption disruption, Preconditions preconditions) {

    public EligibilityQuery(List<Leg> legs, Disruption disruption) {
        this(legs, disruption, null);
    }

    /** {@code booking}: a label shared by the legs booked together (absent: all one booking). */
    public record Leg(String from, String to, String carrier, String flightNumber, String date, String booking) {

        public Leg(String from, String to, String carrier, String flightNumber, String date) {
            this(from, to, carrier, flightNumber, date, null);
        }
    }

    public record Disruption(String type, Integer arrivalDelayMinutes, Integer noticeDays, Reroute reroute, String cause,
            Boolean voluntary, Integer downgradedLeg, Integer operatedLeg, Price segmentPrice, Price ticketPrice,
            Integer departureAdvancedMinutes) {

        public Disruption(String type, Integer arrivalDelayMinutes, Integer noticeDays, Reroute reroute, String cause,
                Boolean voluntary, Integer downgradedLeg, Integer operatedLeg, Price segmentPrice, Price ticketPrice) {
            this(type, arrivalDelayMinutes, noticeDays, reroute, cause, voluntary, downgradedLeg, operatedLeg,
                    segmentPrice, ticketPrice, null);
        }
    }

    /** Art. 3's other questions; every one may be left out (unknown). */
    public record Preconditions(Boolean checkedInOnTime, String booking, String fare, Boolean alreadyCompensated,
            Boolean compensatedInThirdCountry, Boolean claimAssigned, Boolean courtCaseFiled) {
    }

    public record Reroute(Integer departureOffsetMinutes, Integer arrivalDelayMinutes) {
    }

    public record Price(String amount, String currency) {
    }
}
