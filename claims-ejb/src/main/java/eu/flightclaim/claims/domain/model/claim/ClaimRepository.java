package eu.flightclaim.claims.domain.model.claim;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where claims, their history, threads and document requests are kept. */
public interface ClaimRepository {

    /** The next claim reference, {@code FC-<year>-<six digits>}. */
    String nextReference();

    /** The claim as it is now, for reading. */
    Optional<Claim> find(UUID id);

    /** The claim, locked for this transaction's change (concurrent changes wait, then see it changed). */
    Optional<Claim> findForChange(UUID id);

    /** Stores a new claim with its recorded history. */
    void add(Claim claim);

    /** Stores a changed claim's recorded history (the claim itself is written at commit). */
    void store(Claim claim);

    /** A claim holding this passenger's flight key, other than {@code except}: who holds it. */
    Optional<KeyHolder> holderOf(String flightKey, UUID except);

    /** The claim holding a flight key: its customer and reference. */
    record KeyHolder(UUID customerId, String reference) {
    }

    void add(ClaimMessage message);

    void add(DocumentRequest request);

    /** Marks the claim's open requests (of one type, or all when null) answered; how many were open. */
    int answerRequests(UUID claim, String documentType);

    /** How many of the claim's document requests are still open. */
    long openRequests(UUID claim);

    /** Marks the claim's open, not yet reminded requests reminded. */
    void remindRequests(UUID claim);

    List<ClaimEvent> history(UUID claim, boolean everything);

    List<ClaimMessage> thread(UUID claim, boolean withInternal);

    List<DocumentRequest> documentRequests(UUID claim);
}
