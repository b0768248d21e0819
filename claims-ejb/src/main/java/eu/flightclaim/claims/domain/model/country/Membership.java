package eu.flightclaim.claims.domain.model.country;

/** Where a country stands towards the passenger-rights regulations. */
public enum Membership {
    /** An EU member state, or one of its outermost regions (Reunion, Guadeloupe, ...). */
    EU,
    /** Iceland, Norway, Liechtenstein: apply Regulation 261/2004 through the EEA Agreement. */
    EEA,
    /** Switzerland: applies it through the EU-Swiss Air Transport Agreement. */
    CH,
    /** The United Kingdom: UK261 (the Regulation as retained by SI 2019/278). */
    UK,
    OTHER;

    /** Applies Regulation 261/2004 ("the Community" in its text): EU, EEA and Switzerland. */
    public boolean appliesEu261() {
        return this == EU || this == EEA || this == CH;
    }
}
