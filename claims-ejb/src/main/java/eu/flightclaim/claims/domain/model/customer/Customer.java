package eu.flightclaim.claims.domain.model.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A passenger who signed in (by magic link) at least once; created on the first sign-in. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "email", nullable = false, updatable = false)
    private String email;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_login_at", insertable = false, updatable = false)
    private OffsetDateTime lastLoginAt;
    @Column(name = "language")
    private String language;

    /** Where an erased customer's address was: a pseudonym in the reserved, never-deliverable .invalid TLD (RFC 6761). */
    public static String erasedAddress(UUID id) {
        return "erased-" + id + "@invalid";
    }

    /** True for an address nobody can receive mail at: an erased customer's (or any other in .invalid). */
    public static boolean undeliverable(String address) {
        String a = address == null ? "" : address.toLowerCase(java.util.Locale.ROOT);
        return a.endsWith(".invalid") || a.endsWith("@invalid");
    }

    protected Customer() {
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    /** The language of the customer's emails (ISO 639-1); null until the portal told it: English. */
    public String language() {
        return language;
    }

    /** From now on the customer's emails are in this language (ISO 639-1, lower case). */
    public void speak(String language) {
        this.language = language;
    }
}
