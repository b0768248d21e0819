package eu.flightclaim.claims.domain.model.claim;

import static eu.flightclaim.claims.domain.model.claim.ClaimStatus.APPROVED;
import static eu.flightclaim.claims.domain.model.claim.ClaimStatus.DOCUMENTS_REQUESTED;
import static eu.flightclaim.claims.domain.model.claim.ClaimStatus.PAID;
import static eu.flightclaim.claims.domain.model.claim.ClaimStatus.REJECTED;
import static eu.flightclaim.claims.domain.model.claim.ClaimStatus.RESUBMITTED;
import static eu.flightclaim.claims.domain.model.claim.ClaimStatus.SUBMITTED;
import static eu.flightclaim.claims.domain.model.claim.ClaimStatus.UNDER_REVIEW;
import static eu.flightclaim.claims.domain.model.claim.ClaimStatus.WITHDRAWN;
import static eu.flightclaim.claims.domain.model.claim.ClaimWorkflow.Actor.CUSTOMER;
import static eu.flightclaim.claims.domain.model.claim.ClaimWorkflow.Actor.STAFF;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimWorkflowTest {

    @Test
    void theHappyPathFromSubmissionToPayment() {
        assertDoesNotThrow(() -> {
            ClaimWorkflow.check(SUBMITTED, UNDER_REVIEW, STAFF, null);
            ClaimWorkflow.check(UNDER_REVIEW, DOCUMENTS_REQUESTED, STAFF, "Please upload your boarding pass.");
            ClaimWorkflow.check(DOCUMENTS_REQUESTED, RESUBMITTED, CUSTOMER, null);
            ClaimWorkflow.check(RESUBMITTED, DOCUMENTS_REQUESTED, STAFF, "The scan is unreadable.");
            ClaimWorkflow.check(DOCUMENTS_REQUESTED, RESUBMITTED, CUSTOMER, null);
            ClaimWorkflow.check(RESUBMITTED, APPROVED, STAFF, null);
            ClaimWorkflow.check(APPROVED, PAID, STAFF, null);
        });
    }

    @Test
    void theCustomerMayWithdrawOnlyBeforeADecision() {
        for (ClaimStatus open : EnumSet.of(SUBMITTED, UNDER_REVIEW, DOCUMENTS_REQUESTED, RESUBMITTED)) {
            assertTrue(ClaimWorkflow.allowed(open, CUSTOMER).contains(WITHDRAWN), open.name());
        }
        for (ClaimStatus decided : EnumSet.of(APPROVED, REJECTED, PAID, WITHDRAWN)) {
            assertEquals(Set.of(), ClaimWorkflow.allowed(decided, CUSTOMER), decided.name());
        }
    }

    @Test
    void aRefusedTransitionNamesTheAllowedOnes() {
        ClaimWorkflow.TransitionRefused refused = assertThrows(ClaimWorkflow.TransitionRefused.class,
                () -> ClaimWorkflow.check(SUBMITTED, PAID, STAFF, null));
        assertEquals(EnumSet.of(UNDER_REVIEW, REJECTED), refused.allowed());
        assertTrue(refused.getMessage().contains("submitted") && refused.getMessage().contains("paid"));
    }

    @Test
    void customersCannotDecideAndStaffCannotWithdraw() {
        assertThrows(ClaimWorkflow.TransitionRefused.class, () -> ClaimWorkflow.check(UNDER_REVIEW, APPROVED, CUSTOMER, null));
        assertThrows(ClaimWorkflow.TransitionRefused.class, () -> ClaimWorkflow.check(UNDER_REVIEW, WITHDRAWN, STAFF, null));
        assertThrows(ClaimWorkflow.TransitionRefused.class, () -> ClaimWorkflow.check(SUBMITTED, RESUBMITTED, CUSTOMER, null));
    }

    @Test
    void rejectionsAndDocumentRequestsNeedAReason() {
        assertThrows(ClaimWorkflow.TransitionRefused.class, () -> ClaimWorkflow.check(UNDER_REVIEW, REJECTED, STAFF, " "));
        assertThrows(ClaimWorkflow.TransitionRefused.class,
                () -> ClaimWorkflow.check(UNDER_REVIEW, DOCUMENTS_REQUESTED, STAFF, null));
        assertDoesNotThrow(() -> ClaimWorkflow.check(UNDER_REVIEW, REJECTED, STAFF, "Extraordinary circumstances: ATC."));
    }

    @Test
    void finalStatusesHaveNoWayOut() {
        for (ClaimStatus s : ClaimStatus.values()) {
            if (s.isFinal()) {
                assertEquals(Set.of(), ClaimWorkflow.allowed(s, STAFF), s.name());
                assertEquals(Set.of(), ClaimWorkflow.allowed(s, CUSTOMER), s.name());
            }
        }
    }
}
