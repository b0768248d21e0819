package eu.flightclaim.claims.domain.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ErasureRequestTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00Z");

    @Test
    void carriedOutItHoldsTheAddressOnlyWhileSomethingIsRestricted() {
        ErasureRequest kept = ErasureRequest.ask(UUID.randomUUID(), NOW);
        kept.carryOut("lead@flightclaim.test", "  Done.  ", NOW, LocalDate.of(2029, 8, 30), "ada@example.com");
        assertEquals(ErasureRequest.Status.CARRIED_OUT, kept.status());
        assertEquals("Done.", kept.note());
        assertEquals("ada@example.com", kept.heldEmail());

        ErasureRequest nothingKept = ErasureRequest.ask(UUID.randomUUID(), NOW);
        nothingKept.carryOut("lead@flightclaim.test", " ", NOW, null, "ada@example.com");
        assertNull(nothingKept.heldEmail());
        assertNull(nothingKept.note());
    }

    @Test
    void aRequestIsDecidedOnceAndARefusalSaysWhy() {
        ErasureRequest r = ErasureRequest.ask(UUID.randomUUID(), NOW);
        assertThrows(ErasureRequest.DecisionRefused.class, () -> r.refuse("lead@flightclaim.test", " ", NOW));
        assertEquals(ErasureRequest.Status.REQUESTED, r.status());
        r.refuse("lead@flightclaim.test", "Still being paid.", NOW);
        assertEquals("refused", r.status().apiName());
        assertThrows(ErasureRequest.DecisionRefused.class, () -> r.carryOut("lead@flightclaim.test", null, NOW, null,
                "ada@example.com"));
        assertEquals(ErasureRequest.Status.REFUSED, r.status());
    }

    @Test
    void retentionPeriodsOutOfRangeAreRefusedByName() {
        assertEquals("FC_RETENTION_DAYS_AFTER_DEADLINE must be 0 to 3650 days, not -1",
                assertThrows(IllegalArgumentException.class, () -> new RetentionPeriods(-1, 6, 730)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriods(90, 0, 730));
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriods(90, 6, 0));
    }
}
