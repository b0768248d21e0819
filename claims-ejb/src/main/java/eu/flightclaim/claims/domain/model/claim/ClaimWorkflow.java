package eu.flightclaim.claims.domain.model.claim;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The claim state machine: {@code submitted → under_review → (documents_requested ⇄ resubmitted)
 * → approved | rejected}, {@code approved → paid}, and {@code withdrawn} by the customer before a
 * decision. Who may make a move and whether it needs a reason is part of the rule. Plain Java.
 */
public final class ClaimWorkflow {

    /** Who asks for a transition. */
    public enum Actor { CUSTOMER, STAFF }

    /** A refused transition, with what would have been allowed. */
    public static final class TransitionRefused extends ClaimRefused {
        TransitionRefused(String message, Set<ClaimStatus> allowed) {
            super(message, allowed);
        }
    }

    private static final Map<ClaimStatus, Set<ClaimStatus>> STAFF_MOVES = new EnumMap<>(ClaimStatus.class);
    private static final Map<ClaimStatus, Set<ClaimStatus>> CUSTOMER_MOVES = new EnumMap<>(ClaimStatus.class);
    /** Transitions whose reason the customer is told (and which therefore need one). */
    private static final Set<ClaimStatus> NEED_REASON = EnumSet.of(ClaimStatus.DOCUMENTS_REQUESTED, ClaimStatus.REJECTED);

    static {
        STAFF_MOVES.put(ClaimStatus.SUBMITTED, EnumSet.of(ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED));
        STAFF_MOVES.put(ClaimStatus.UNDER_REVIEW, EnumSet.of(ClaimStatus.DOCUMENTS_REQUESTED, ClaimStatus.APPROVED,
                ClaimStatus.REJECTED));
        STAFF_MOVES.put(ClaimStatus.DOCUMENTS_REQUESTED, EnumSet.of(ClaimStatus.REJECTED));
        STAFF_MOVES.put(ClaimStatus.RESUBMITTED, EnumSet.of(ClaimStatus.DOCUMENTS_REQUESTED, ClaimStatus.APPROVED,
                ClaimStatus.REJECTED));
        STAFF_MOVES.put(ClaimStatus.APPROVED, EnumSet.of(ClaimStatus.PAID));
        for (ClaimStatus s : ClaimStatus.values()) {
            STAFF_MOVES.putIfAbsent(s, EnumSet.noneOf(ClaimStatus.class));
            EnumSet<ClaimStatus> customer = EnumSet.noneOf(ClaimStatus.class);
            if (!s.isFinal() && !s.isDecided()) {
                customer.add(ClaimStatus.WITHDRAWN);
            }
            if (s == ClaimStatus.DOCUMENTS_REQUESTED) {
                customer.add(ClaimStatus.RESUBMITTED);
            }
            CUSTOMER_MOVES.put(s, customer);
        }
    }

    private ClaimWorkflow() {
    }

    /** Where {@code actor} may move a claim from {@code from}. */
    public static Set<ClaimStatus> allowed(ClaimStatus from, Actor actor) {
        // the maps hold EnumSets, so copyOf works for empty ones too
        return EnumSet.copyOf((actor == Actor.STAFF ? STAFF_MOVES : CUSTOMER_MOVES).get(from));
    }

    /** Checks a transition; {@link TransitionRefused} says why and what is allowed instead. */
    public static void check(ClaimStatus from, ClaimStatus to, Actor actor, String reason) {
        Set<ClaimStatus> allowed = allowed(from, actor);
        if (!allowed.contains(to)) {
            throw new TransitionRefused("A claim that is " + from.apiName() + " cannot become " + to.apiName()
                    + (actor == Actor.CUSTOMER ? " by the customer" : "") + ".", allowed);
        }
        if (NEED_REASON.contains(to) && (reason == null || reason.isBlank())) {
            throw new TransitionRefused("Moving a claim to " + to.apiName() + " needs a reason for the customer.",
                    allowed);
        }
    }

    public static boolean needsReason(ClaimStatus to) {
        return NEED_REASON.contains(to);
    }
}
