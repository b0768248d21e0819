package eu.flightclaim.claims.domain.model.compensation;

import java.time.LocalDate;

/**
 * The figures of one regime as they stand from a date: Art. 7(1) amounts per band (and their Art.
 * 7(2) halves), the band limits and the Sturgeon delay thresholds. A claim is judged by the set in
 * force on its flight date; a revision of the law is a new set, never an edit of this one.
 */
public record RuleSet(String id, Regime regime, LocalDate effectiveFrom, String source, Money bandA, Money bandB,
        Money bandC, int shortLimitKm, int mediumLimitKm, int delayThresholdMinutes, int fullLongHaulDelayMinutes) {

    /** Today's rules of a regime: amounts in its currency, 1500/3500 km, 3 h and 4 h. */
    public static RuleSet of(String id, Regime regime, LocalDate effectiveFrom, String source, long a, long b, long c) {
        return new RuleSet(id, regime, effectiveFrom, source, Money.of(a, regime.currency()),
                Money.of(b, regime.currency()), Money.of(c, regime.currency()), 1500, 3500, 180, 240);
    }

    public Money amount(Band band) {
        return switch (band) {
            case A -> bandA;
            case B -> bandB;
            case C -> bandC;
        };
    }

    public Money halfAmount(Band band) {
        return amount(band).percent(50);
    }
}
