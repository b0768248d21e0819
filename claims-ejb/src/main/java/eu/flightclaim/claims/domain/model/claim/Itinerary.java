package eu.flightclaim.claims.domain.model.claim;

import java.io.Serializable;
import java.util.List;

/** The flights of a claim as the customer gave them (text as submitted: codes, dates, local times). */
public record Itinerary(List<Leg> legs) implements Serializable {

    public Itinerary {
        legs = legs == null ? List.of() : List.copyOf(legs);
    }

    /** {@code booking}: the label of the booking the leg was on, when the legs were booked separately. */
    public record Leg(String from, String to, String carrier, String flightNumber, String date,
            String scheduledDeparture, String scheduledArrival, String actualDeparture, String actualArrival,
            String booking) implements Serializable {
    }
}
