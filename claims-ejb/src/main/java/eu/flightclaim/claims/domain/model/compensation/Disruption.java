package eu.flightclaim.claims.domain.model.compensation;

/**
 * What happened to the journey. Which fields a type needs: DELAY arrivalDelayMinutes; CANCELLATION
 * noticeDays; DOWNGRADE segmentPrice or ticketPrice; reroute is optional for CANCELLATION and
 * DENIED_BOARDING. {@code operatedLeg} is the leg whose operating carrier counts for scope
 * (Art. 3(1)(b)); null means the last leg, or the downgraded leg for DOWNGRADE.
 */
public record Disruption(Type type, Integer arrivalDelayMinutes, Integer noticeDays, Reroute reroute, Cause cause,
        boolean voluntary, Integer downgradedLeg, Money segmentPrice, Money ticketPrice, Integer operatedLeg) {

    public enum Type { DELAY, CANCELLATION, DENIED_BOARDING, DOWNGRADE }

    /** The re-routing offered, relative to the original schedule (minutes; negative = earlier). */
    public record Reroute(int departureOffsetMinutes, int arrivalDelayMinutes) {
    }

    public Disruption {
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        cause = cause == null ? Cause.NONE : cause;
    }

    public static Disruption delay(int arrivalDelayMinutes, Cause cause) {
        return new Disruption(Type.DELAY, arrivalDelayMinutes, null, null, cause, false, null, null, null, null);
    }

    public static Disruption cancellation(int noticeDays, Reroute reroute, Cause cause) {
        return new Disruption(Type.CANCELLATION, null, noticeDays, reroute, cause, false, null, null, null, null);
    }

    public static Disruption deniedBoarding(boolean voluntary, Reroute reroute) {
        return new Disruption(Type.DENIED_BOARDING, null, null, reroute, Cause.NONE, voluntary, null, null, null, null);
    }

    public static Disruption downgrade(int leg, Money segmentPrice) {
        return new Disruption(Type.DOWNGRADE, null, null, null, Cause.NONE, false, leg, segmentPrice, null, null);
    }
}
