package eu.flightclaim.claims.domain.model.compensation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in a currency, with two decimals. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(long units, String currency) {
        return new Money(BigDecimal.valueOf(units), currency);
    }

    /** {@code percent}% of this amount, rounded half up to the cent. */
    public Money percent(int percent) {
        return new Money(amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
