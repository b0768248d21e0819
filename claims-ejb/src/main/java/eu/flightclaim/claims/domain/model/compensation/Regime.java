package eu.flightclaim.claims.domain.model.compensation;

/** The two regulations a journey can fall under, with their Art. 7(1) amounts per band. */
public enum Regime {
    EU261("EUR", 250, 400, 600),
    UK261("GBP", 220, 350, 520);

    private final String currency;
    private final Money[] amounts;
    private final Money[] halves;

    Regime(String currency, long a, long b, long c) {
        this.currency = currency;
        this.amounts = new Money[] {Money.of(a, currency), Money.of(b, currency), Money.of(c, currency)};
        this.halves = new Money[] {amounts[0].percent(50), amounts[1].percent(50), amounts[2].percent(50)};
    }

    public String currency() {
        return currency;
    }

    public Money amount(Band band) {
        return amounts[band.ordinal()];
    }

    public Money halfAmount(Band band) {
        return halves[band.ordinal()];
    }
}
