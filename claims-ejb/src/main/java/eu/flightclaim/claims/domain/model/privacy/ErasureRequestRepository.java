package eu.flightclaim.claims.domain.model.privacy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The erasure requests. */
public interface ErasureRequestRepository {

    void add(ErasureRequest request);

    Optional<ErasureRequest> find(UUID id);

    /** The request locked for a decision. */
    Optional<ErasureRequest> findForChange(UUID id);

    /** The customer's latest request. */
    Optional<ErasureRequest> latestOf(UUID customer);

    /** Requests waiting for a decision first (oldest first), then decided ones (newest first). */
    List<ErasureRequest> list(int offset, int max);

    long count();

    long waiting();
}
