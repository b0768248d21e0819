package eu.flightclaim.claims.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The claim's own rules, without a database: each test is one rule. */
class ClaimTest {

    static Claim submitted(BigDecimal amount) {
        return Claim.submit(UUID.randomUUID(), "FC-2026-000001", UUID.randomUUID(), "ada@example.com",
                new Claim.Filing("EU261", new Itinerary(List.of(new Itinerary.Leg("FRA", "JFK", "LH", "LH400",
                        "2026-06-01", null, null, null, null, null))), "{}", "{}", amount, amount == null ? null : "EUR",
                        amount == null, LocalDate.of(2029, 6, 1), LocalDate.of(2026, 6, 1), "LH400", "LH",
                        List.of(new Passenger(" Ada ", "Lovelace", "abc123")), null,
                        new Payout("sealed", "DE89 **** 3000", "Ada Lovelace"), "2026-01", "192.0.2.1",
                        new Claim.Consent("en", null, null, List.of())));
    }

    private static Claim inStatus(ClaimStatus... path) {
        Claim c = submitted(new BigDecimal("600.00"));
        for (ClaimStatus s : path) {
            c.moveTo(s, s == ClaimStatus.RESUBMITTED || s == ClaimStatus.WITHDRAWN ? ClaimWorkflow.Actor.CUSTOMER
                    : ClaimWorkflow.Actor.STAFF, "someone", "because");
        }
        c.takeRecorded();
        return c;
    }

    @Test
    void aSubmittedClaimStartsAtVersionZeroWithOneCustomerVisibleEntry() {
        Claim c = submitted(new BigDecimal("600.00"));
        assertEquals(ClaimStatus.SUBMITTED, c.status());
        assertEquals(0, c.version());
        List<ClaimEvent> recorded = c.takeRecorded();
        assertEquals(1, recorded.size());
        assertEquals(ClaimEvent.Kind.STATUS, recorded.get(0).kind());
        assertNull(recorded.get(0).from());
        assertTrue(recorded.get(0).customerVisible());
        assertTrue(c.takeRecorded().isEmpty(), "entries are handed over once");
    }

    @Test
    void eachPassengerHoldsTheFlightKeyOfNamesWithoutCaseFlightAndDate() {
        Claim c = submitted(null);
        assertEquals(Set.of("ada|lovelace|LH400|2026-06-01"), c.flightKeys());
        assertEquals("ABC123", c.passengers().get(0).bookingReference());
    }

    @Test
    void theCustomerMayEditOnlyWhileSubmittedOrDocumentsAreRequested() {
        Claim editable = inStatus(ClaimStatus.UNDER_REVIEW, ClaimStatus.DOCUMENTS_REQUESTED);
        editable.edit("ada@example.com", "+49 30 123456", null, null, List.of("contact"));
        assertEquals("+49 30 123456", editable.contactPhone());
        assertEquals(ClaimEvent.Kind.EDITED, editable.takeRecorded().get(0).kind());

        Claim reviewed = inStatus(ClaimStatus.UNDER_REVIEW);
        ClaimRefused refused = assertThrows(ClaimRefused.class,
                () -> reviewed.edit("ada@example.com", "+49 30 1", null, null, List.of("contact")));
        assertTrue(refused.getMessage().contains("under_review"));
    }

    @Test
    void replacingThePassengersReplacesTheFlightKeys() {
        Claim c = submitted(null);
        c.edit("ada@example.com", null, List.of(new Passenger("Grace", "Hopper", null)), null, List.of("passengers"));
        assertEquals(Set.of("grace|hopper|LH400|2026-06-01"), c.flightKeys());
    }

    @Test
    void everyChangeCountsTheVersionUpButTheJobsFlagDoesNot() {
        Claim c = submitted(new BigDecimal("600.00"));
        c.moveTo(ClaimStatus.UNDER_REVIEW, ClaimWorkflow.Actor.STAFF, "rev", null);
        c.assign("rev", 7L, "Rita Reviewer");
        c.overrideCompensation("rev", new BigDecimal("300"), "EUR", "Half: re-routed");
        assertEquals(3, c.version());
        c.flag("system", "Limitation deadline within 30 days");
        assertEquals(3, c.version());
        assertTrue(c.flagged());
    }

    @Test
    void aMoveTheWorkflowRefusesNamesWhereTheClaimMayGoInstead() {
        Claim c = submitted(new BigDecimal("600.00"));
        ClaimRefused refused = assertThrows(ClaimRefused.class,
                () -> c.moveTo(ClaimStatus.PAID, ClaimWorkflow.Actor.STAFF, "rev", null));
        assertEquals(Set.of(ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED), refused.allowed());
        assertEquals(ClaimStatus.SUBMITTED, c.status());
    }

    @Test
    void approvingNeedsAnAmountWhichAReviewerMaySetWhenTheEngineLeftIt() {
        Claim c = submitted(null);
        c.moveTo(ClaimStatus.UNDER_REVIEW, ClaimWorkflow.Actor.STAFF, "rev", null);
        assertThrows(ClaimRefused.class, () -> c.moveTo(ClaimStatus.APPROVED, ClaimWorkflow.Actor.STAFF, "rev", null));
        c.overrideCompensation("rev", new BigDecimal("400"), "EUR", "Distance checked by hand");
        c.moveTo(ClaimStatus.APPROVED, ClaimWorkflow.Actor.STAFF, "rev", null);
        assertEquals(new BigDecimal("400.00"), c.amount());
        assertNull(c.engineAmount(), "the engine's answer is kept beside the override");
        assertNotNull(c.decidedAt());
    }

    @Test
    void aPaidOrFinalClaimKeepsItsAmount() {
        Claim paid = inStatus(ClaimStatus.UNDER_REVIEW, ClaimStatus.APPROVED, ClaimStatus.PAID);
        assertThrows(ClaimRefused.class, () -> paid.overrideCompensation("rev", BigDecimal.TEN, "EUR", "x"));
        Claim withdrawn = inStatus(ClaimStatus.WITHDRAWN);
        assertThrows(ClaimRefused.class, () -> withdrawn.overrideCompensation("rev", BigDecimal.TEN, "EUR", "x"));
    }

    @Test
    void aWithdrawnOrRejectedClaimGivesUpItsFlightKeys() {
        assertTrue(inStatus(ClaimStatus.WITHDRAWN).flightKeys().isEmpty());
        assertTrue(inStatus(ClaimStatus.REJECTED).flightKeys().isEmpty());
        assertFalse(inStatus(ClaimStatus.UNDER_REVIEW).flightKeys().isEmpty());
    }

    @Test
    void onlyADecisionIsTimed() {
        assertNull(inStatus(ClaimStatus.UNDER_REVIEW).decidedAt());
        assertNotNull(inStatus(ClaimStatus.REJECTED).decidedAt());
    }

    @Test
    void aFurtherDocumentRequestStaysInDocumentsRequestedAndSaysWhatElseIsNeeded() {
        Claim c = inStatus(ClaimStatus.UNDER_REVIEW);
        assertTrue(c.requestDocuments("rev", "boarding_pass", "Your boarding pass, please"));
        assertFalse(c.requestDocuments("rev", "booking_confirmation", "And the booking"));
        List<ClaimEvent> recorded = c.takeRecorded();
        assertEquals(ClaimEvent.Kind.DOCUMENTS_REQUESTED, recorded.get(1).kind());
        assertEquals("Also requested: booking confirmation. And the booking", recorded.get(1).reason());
        assertEquals(ClaimStatus.DOCUMENTS_REQUESTED, c.status());
    }

    @Test
    void providedDocumentsClearTheNoAnswerFlagButNoOtherFlag() {
        Claim c = inStatus(ClaimStatus.UNDER_REVIEW, ClaimStatus.DOCUMENTS_REQUESTED);
        c.flag("system", Claim.FLAG_NO_ANSWER);
        c.documentsProvided(ClaimWorkflow.Actor.CUSTOMER, "ada@example.com", "Documents provided");
        assertFalse(c.flagged());
        assertEquals(ClaimStatus.RESUBMITTED, c.status());

        Claim near = inStatus(ClaimStatus.UNDER_REVIEW, ClaimStatus.DOCUMENTS_REQUESTED);
        near.flag("system", "Limitation deadline within 30 days");
        near.documentsProvided(ClaimWorkflow.Actor.CUSTOMER, "ada@example.com", "Documents provided");
        assertTrue(near.flagged());
    }

    @Test
    void aChangeOnAVersionTheCallerNoLongerHasIsRefused() {
        Claim c = inStatus(ClaimStatus.UNDER_REVIEW);
        c.expectVersion(null);
        c.expectVersion(1L);
        assertThrows(ClaimRefused.class, () -> c.expectVersion(0L));
    }

    @Test
    void theEffectiveAmountIsTheOverrideWhereThereIsOne() {
        Claim c = submitted(new BigDecimal("600.00"));
        assertEquals(new BigDecimal("600.00"), c.amount());
        c.overrideCompensation("rev", new BigDecimal("300.5"), "GBP", "Re-routed");
        assertEquals(new BigDecimal("300.50"), c.amount());
        assertEquals("GBP", c.currency());
        assertEquals(new BigDecimal("600.00"), c.engineAmount());
        assertEquals("EUR", c.engineCurrency());
    }
}
