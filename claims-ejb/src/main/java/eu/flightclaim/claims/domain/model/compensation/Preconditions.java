package eu.flightclaim.claims.domain.model.compensation;

/**
 * What Art. 3 asks beside the journey and the disruption. Every answer may be unknown (null): an
 * unknown answer is never taken in the passenger's favour silently, it is listed as an open question.
 *
 * @param checkedInOnTime checked in as the carrier stipulated, or 45 minutes before the published
 *        departure at the latest (Art. 3(2)(a)); not asked for a cancellation
 * @param booking the reservation (Art. 3(2))
 * @param fare the fare paid (Art. 3(3))
 * @param alreadyCompensated the carrier already paid compensation for this disruption
 * @param compensatedInThirdCountry for a journey into the EU (or UK) from outside: benefits or
 *        compensation and assistance were received in that third country (Art. 3(1)(b))
 * @param claimAssigned the claim was already assigned to someone else
 * @param courtCaseFiled a court case about it was already filed
 */
public record Preconditions(Boolean checkedInOnTime, Booking booking, Fare fare, Boolean alreadyCompensated,
        Boolean compensatedInThirdCountry, Boolean claimAssigned, Boolean courtCaseFiled) {

    public enum Booking { CONFIRMED, TRANSFERRED, NOT_CONFIRMED }

    public enum Fare { PUBLIC, FREQUENT_FLYER, FREE_OR_REDUCED_NOT_PUBLIC }

    /** Nothing asked. */
    public static final Preconditions UNKNOWN = new Preconditions(null, null, null, null, null, null, null);
}
