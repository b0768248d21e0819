package eu.flightclaim.claims.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A reviewer's amount in place of the engine's (which is kept beside it), with why and by whom. */
@Embeddable
public class CompensationOverride {

    @Column(name = "override_amount")
    private BigDecimal amount;
    @Column(name = "override_currency")
    private String currency;
    @Column(name = "override_reason")
    private String reason;
    @Column(name = "override_by")
    private String by;

    protected CompensationOverride() {
    }

    public CompensationOverride(BigDecimal amount, String currency, String reason, String by) {
        this.amount = amount;
        this.currency = currency;
        this.reason = reason;
        this.by = by;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency == null ? null : currency.trim();
    }

    public String reason() {
        return reason;
    }

    public String by() {
        return by;
    }
}
