package eu.flightclaim.claims.domain.model.privacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a page shows of an erasure request: where it stands and the decision. The console keeps it in
 * view state, which a deployment group copies to the data grid: a record of what the page shows, not
 * the entity.
 */
public record ErasureRequestSummary(UUID id, UUID customerId, OffsetDateTime requestedAt, ErasureRequest.Status status,
        OffsetDateTime decidedAt, String decidedBy, String note, LocalDate restrictedUntil) implements Serializable {
}
