package eu.flightclaim.claims.domain.model.audit;

import eu.flightclaim.claims.domain.model.Slice;
import java.time.OffsetDateTime;

/** The audit trail. */
public interface AuditEntryRepository {

    /** Writes the entry now, in the transaction of the change it describes. */
    void add(AuditEntry entry);

    /**
     * Newest first; {@code actor} and {@code target} (trimmed, case-insensitive exact matches) and the
     * time bounds {@code from} (inclusive) and {@code to} (exclusive) apply when not null.
     */
    Slice<AuditEntry> find(String actor, String target, OffsetDateTime from, OffsetDateTime to, int page, int size);
}
