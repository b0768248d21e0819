package eu.flightclaim.claims.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the compensation is paid: the IBAN sealed by the field cipher, its masked form, the holder. */
@Embeddable
public class Payout {

    @Column(name = "payout_iban_enc", nullable = false)
    private String sealedIban;
    @Column(name = "payout_iban_masked", nullable = false)
    private String maskedIban;
    @Column(name = "payout_holder", nullable = false)
    private String accountHolder;

    protected Payout() {
    }

    public Payout(String sealedIban, String maskedIban, String accountHolder) {
        this.sealedIban = sealedIban;
        this.maskedIban = maskedIban;
        this.accountHolder = accountHolder.trim();
    }

    public String sealedIban() {
        return sealedIban;
    }

    public String maskedIban() {
        return maskedIban;
    }

    public String accountHolder() {
        return accountHolder;
    }
}
