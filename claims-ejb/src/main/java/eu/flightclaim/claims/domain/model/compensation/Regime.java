package eu.flightclaim.claims.domain.model.compensation;

/** The two regulations a journey can fall under; their figures are versioned in {@link RuleBook}. */
public enum Regime {
    EU261("EUR"),
    UK261("GBP");

    private final String currency;

    Regime(String currency) {
        this.currency = currency;
    }

    public String currency() {
        return currency;
    }
}
