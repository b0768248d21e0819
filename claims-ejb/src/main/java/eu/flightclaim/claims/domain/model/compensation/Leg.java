package eu.flightclaim.claims.domain.model.compensation;

/** One flight of the booking. */
public record Leg(Place from, Place to, Carrier carrier) {

    public double distanceKm() {
        return GreatCircle.distanceKm(from, to);
    }
}
