package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;

import static eu.flightclaim.claims.PersistenceUnit.inTransaction;
import static eu.flightclaim.claims.PersistenceUnit.inTransactionDo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import eu.flightclaim.claims.domain.model.Slice;
import eu.flightclaim.claims.domain.model.audit.AuditEntry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit trail on the real schema: stamped by the database, found newest first by actor, target and time. */
class JpaAuditEntryRepositoryTest {

    private static final String ACTOR = "Auditor." + System.nanoTime() + "@example.com";

    private static Slice<AuditEntry> find(String actor, String target, OffsetDateTime from, OffsetDateTime to, int page,
            int size) {
        return inTransaction(em -> on(em, new JpaAuditEntryRepository()).find(actor, target, from, to, page, size));
    }

    @Test
    void entriesAreFoundNewestFirstByActorTargetAndTime() {
        OffsetDateTime before = inTransaction(em -> SqlValues.offsetDateTime(em.createNativeQuery("SELECT now()")
                .getSingleResult()));
        inTransactionDo(em -> {
            on(em, new JpaAuditEntryRepository()).add(new AuditEntry(ACTOR, "staff.invite", "Ada@example.com", null, "{}"));
            on(em, new JpaAuditEntryRepository()).add(new AuditEntry(ACTOR, "staff.roles", "grace@example.com", "{}", "{}"));
        });
        Slice<AuditEntry> mine = find(" " + ACTOR.toUpperCase() + " ", null, null, null, 0, 10);
        assertEquals(2, mine.total());
        assertEquals(List.of("staff.roles", "staff.invite"), mine.items().stream().map(AuditEntry::getAction).toList());
        assertNotNull(mine.items().get(0).getAt(), "stamped by the database");
        assertEquals(List.of("staff.invite"), find(ACTOR, "ada@EXAMPLE.com", null, null, 0, 10).items().stream()
                .map(AuditEntry::getAction).toList());
        OffsetDateTime elsewhere = before.withOffsetSameInstant(ZoneOffset.ofHours(-5));
        assertEquals(2, find(ACTOR, null, elsewhere, elsewhere.plusHours(1), 0, 10).total());
        assertEquals(0, find(ACTOR, null, null, elsewhere, 0, 10).total());
        assertEquals(1, find(ACTOR, null, null, null, 1, 1).items().size());
        assertEquals(List.of(), find(ACTOR, null, null, null, Integer.MAX_VALUE, 100).items(), "far past the end");
    }
}
