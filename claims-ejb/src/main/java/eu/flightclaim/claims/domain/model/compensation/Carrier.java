package eu.flightclaim.claims.domain.model.compensation;

import eu.flightclaim.claims.domain.model.country.Membership;

/** An operating carrier and the membership of the country that licensed it. */
public record Carrier(String code, String name, String countryCode, Membership membership) {

    /** Licensed in an EU, EEA or Swiss state: a Community carrier for Regulation 261/2004. */
    public boolean isCommunityCarrier() {
        return membership.appliesEu261();
    }
}
