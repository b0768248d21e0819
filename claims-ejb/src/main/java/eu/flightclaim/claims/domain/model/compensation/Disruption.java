package eu.flightclaim.claims.domain.model.compensation;

/**
 * What happened to the journey. Which fields a type needs: DELAY and DIVERSION arrivalDelayMinutes
 * (for a diversion, at the passenger's arrival after the transfer); CANCELLATION noticeDays;
 * EARLY_DEPARTURE noticeDays and departureAdvancedMinutes (arrivalDelayMinutes, if the earlier flight
 * still arrived late); DOWNGRADE segmentPrice or ticketPrice; reroute is optional for CANCELLATION
 * and DENIED_BOARDING. {@code operatedLeg} is the leg whose operating carrier counts for scope
 * (Art. 3(1)(b)) and, with separate bookings, whose booking is judged; null means the last leg, or
 * the downgraded leg for DOWNGRADE.
 */
public record Disruption(Type type, Integer arrivalDelayMinutes, Integer noticeDays, Reroute reroute, Cause cause,
        boolean voluntary, Integer downgradedLeg, Money segmentPrice, Money ticketPrice, Integer operatedLeg,
        Integer departureAdvancedMinutes) {

    public enum Type { DELAY, CANCELLATION, DENIED_BOARDING, DOWNGRADE, EARLY_DEPARTURE, DIVERSION }

    /** The re-routing offered, relative to the original schedule (minutes; negative = earlier). */
    public record Reroute(int departureOffsetMinutes, int arrivalDelayMinutes) {
    }

    public Disruption {
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        cause = cause == null ? Cause.NONE : cause;
    }

    /** Any type but EARLY_DEPARTURE. */
    public Disruption(Type type, Integer arrivalDelayMinutes, Integer noticeDays, Reroute reroute, Cause cause,
            boolean voluntary, Integer downgradedLeg, Money segmentPrice, Money ticketPrice, Integer operatedLeg) {
        this(type, arrivalDelayMinutes, noticeDays, reroute, cause, voluntary, downgradedLeg, segmentPrice, ticketPrice,
                operatedLeg, null);
    }

    public static Disruption earlyDeparture(int noticeDays, int advancedMinutes) {
        return new Disruption(Type.EARLY_DEPARTURE, null, noticeDays, null, Cause.NONE, false, null, null, null, null,
                advancedMinutes);
    }

    public static Disruption diversion(int arrivalDelayMinutes, Cause cause) {
        return new Disruption(Type.DIVERSION, arrivalDelayMinutes, null, null, cause, false, null, null, null, null);
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
