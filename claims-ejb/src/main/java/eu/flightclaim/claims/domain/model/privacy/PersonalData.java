package eu.flightclaim.claims.domain.model.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a customer's personal data is, across the claims' tables, and its erasure. Each method runs in
 * the caller's transaction. The retention rule is {@link RetentionPeriods}'.
 */
public interface PersonalData {

    /** The last day, by the retention rule, that one of the customer's claims keeps personal data; empty when none does. */
    Optional<LocalDate> keptUntil(UUID customer, RetentionPeriods periods);

    /** Finished claims whose retention ended before {@code today} (of one customer, or null: anyone's), oldest first. */
    List<UUID> retentionEnded(LocalDate today, RetentionPeriods periods, UUID customer, int max);

    /**
     * Erasure carried out: the customer's claims are hidden from everyday work (restricted), and what no
     * claim needs goes now: sessions, sign-in links, retry keys, the contact phone, the account's address
     * and language, the emails to {@code email} (their contents).
     */
    void restrict(UUID customer, String email);

    /**
     * A claim keeps no personal data: names, booking references, payout, contact, consent's address and
     * browser, signatures, messages, reasons, the emails about it; its status, regime, flights, amounts
     * and dates stay, as statistics. {@code email} is its customer's, replaced where it was the actor.
     */
    void anonymise(UUID claim, String email);

    /**
     * Customers to forget: none of their claims holds personal data, and they were erased already (their
     * held address goes) or have not signed in since {@code idleSince}. One customer, or null: anyone.
     */
    List<UUID> toForget(LocalDate idleSince, UUID customer, int max);

    /** The customer's address (held or on the account) and language go, with their sessions, links and emails. */
    void forget(UUID customer, String email);

    /** When the customer was erased (their erasure carried out, or forgotten); empty while they are not. */
    Optional<java.time.OffsetDateTime> erasedAt(UUID customer);

    /** The customer's address: the account's, or the one held for their restricted claims; empty when gone. */
    Optional<String> emailOf(UUID customer);

    /** {@link #emailOf} for several customers in one go; a customer whose address is gone is not in it. */
    Map<UUID, String> emailsOf(Collection<UUID> customers);

    /** {@link #emailOf} for the customer whose claim this is; empty when the claim or the address is gone. */
    Optional<String> emailOfCustomerOf(UUID claim);
}
