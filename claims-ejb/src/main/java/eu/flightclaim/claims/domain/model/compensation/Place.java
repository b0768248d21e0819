package eu.flightclaim.claims.domain.model.compensation;

import eu.flightclaim.claims.domain.model.country.Membership;

/** An airport as the engine sees it: where it is, and which regime its country applies. */
public record Place(String code, String countryCode, Membership membership, double latitude, double longitude) {
}
