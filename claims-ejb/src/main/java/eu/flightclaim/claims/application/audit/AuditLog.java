package eu.flightclaim.claims.application.audit;

import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.audit.AuditEntry;
import eu.flightclaim.claims.domain.model.audit.AuditEntryRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The audit trail: recorded in the same transaction as the change it describes. */
@Stateless
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** One recorded action. */
    public record Entry(long id, OffsetDateTime at, String actor, String action, String target, String before,
            String after) implements Serializable {
    }

    @Inject
    private AuditEntryRepository entries;

    public void record(String actor, String action, String target, Object before, Object after) {
        entries.add(new AuditEntry(actor, action, target, before == null ? null : JSON.toJson(before),
                after == null ? null : JSON.toJson(after)));
    }

    /** Newest first; actor and target are case-insensitive exact matches, from/to bound the time. */
    public Page<Entry> find(String actor, String target, OffsetDateTime from, OffsetDateTime to, int page, int size) {
        return Page.of(entries.find(actor, target, from, to, page, size), page, size).map(e -> new Entry(e.getId(),
                e.getAt(), e.getActor(), e.getAction(), e.getTarget(), e.getBeforeJson(), e.getAfterJson()));
    }
}
