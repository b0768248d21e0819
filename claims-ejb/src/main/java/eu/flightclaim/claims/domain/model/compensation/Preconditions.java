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

    /** The question behind each field, as a person would ask it (for open questions shown to staff). */
    public static final java.util.Map<String, String> QUESTIONS = java.util.Map.of(
            "checkedInOnTime", "Did the passenger check in on time (as the carrier required, or 45 minutes before"
                    + " departure)? Art. 3(2)(a)",
            "booking", "Did the passenger hold a confirmed reservation (or were they moved to this flight by the"
                    + " carrier)? Art. 3(2)",
            "fare", "Was the fare available to the public (frequent-flyer tickets count)? Art. 3(3)",
            "alreadyCompensated", "Has the carrier already paid compensation for this disruption?",
            "compensatedInThirdCountry", "Did the passenger receive compensation and assistance in the country of"
                    + " departure outside the EU/UK? Art. 3(1)(b)");

    /** The question behind a field name of {@code openQuestions}; the name itself for one not known here. */
    public static String question(String field) {
        return QUESTIONS.getOrDefault(field, field);
    }
}
