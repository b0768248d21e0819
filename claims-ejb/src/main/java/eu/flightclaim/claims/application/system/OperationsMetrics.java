package eu.flightclaim.claims.application.system;

/**
 * What the claims side counts for operators (Prometheus, through the server's {@code /metrics}): what
 * happened and how it ended, never who. The claims' own counts (submitted, moved, decided) come from
 * their history as it is committed; this port is for what has no record of its own.
 */
public interface OperationsMetrics {

    enum EligibilityOutcome { ELIGIBLE, NOT_ELIGIBLE, REFUSED }

    enum MagicLink { REQUESTED, SPENT, REFUSED }

    /** {@code LOCKED_OUT}: this failure started a lock-out; {@code REFUSED_WHILE_LOCKED}: a try during one. */
    enum StaffSignIn { SUCCEEDED, FAILED, LOCKED_OUT, REFUSED_WHILE_LOCKED }

    /** RESUMED: a send cut off by a dying instance, queued again (the same Message-ID). */
    enum EmailDelivery { SENT, RETRY_SCHEDULED, FAILED, RESUMED }

    /** Why an instance reloaded its reference data: this instance changed it, or another one announced a change. */
    enum ReferenceReload { CHANGED_HERE, ANNOUNCED }

    void eligibilityChecked(EligibilityOutcome outcome, long nanos);

    /** REQUESTED and SPENT count once the caller's transaction commits; REFUSED at once. */
    void magicLink(MagicLink event);

    void staffSignIn(StaffSignIn result);

    /** {@code limit}: the rate limit's name, e.g. {@code magic-link-email}. */
    void rateLimited(String limit);

    void emailDelivery(EmailDelivery result);

    void referenceDataReloaded(ReferenceReload cause);

    /** One HTTP answer of ours: {@code surface} is {@code api}, {@code portal} or {@code console}. */
    void answered(String surface, int status);
}
