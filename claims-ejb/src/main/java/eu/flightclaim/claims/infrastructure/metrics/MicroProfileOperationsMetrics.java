package eu.flightclaim.claims.infrastructure.metrics;

import eu.flightclaim.claims.application.system.BatchJobs;
import eu.flightclaim.claims.application.system.OperationsMetrics;
import eu.flightclaim.claims.domain.model.claim.ClaimEvent;
import eu.flightclaim.claims.domain.model.claim.ClaimRecorded;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.ClaimWorkflow;
import eu.flightclaim.claims.domain.model.compensation.Regime;
import eu.flightclaim.files.infrastructure.batch.JobRunMetrics;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The claims side's counters in the server's MicroProfile Metrics registry (Prometheus at {@code /metrics},
 * scope {@code application}). Names and labels are listed in the README's Metrics section; labels take
 * a few fixed values each (statuses, outcomes, limit names), never a person, a claim or an address.
 */
@ApplicationScoped
public class MicroProfileOperationsMetrics implements OperationsMetrics {

    /** The rate limits' names (RateLimits' kinds), for their series to exist before the first refusal. */
    private static final List<String> RATE_LIMITS = List.of("magic-link-email", "magic-link-ip", "verify-failure-ip",
            "staff-login-ip", "refresh-ip", "data-export-customer");
    private static final List<String> SURFACES = List.of("api", "portal", "console");

    @Inject
    private MetricRegistry registry;
    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Every series at zero from the start: a dashboard and an alert see a rate of 0, not "no data". */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (EligibilityOutcome o : EligibilityOutcome.values()) {
            checks(o);
        }
        checkTime();
        for (MagicLink e : MagicLink.values()) {
            magicLinks(e);
        }
        for (StaffSignIn r : StaffSignIn.values()) {
            staffSignIns(r);
        }
        RATE_LIMITS.forEach(this::refusals);
        for (EmailDelivery r : EmailDelivery.values()) {
            deliveries(r);
        }
        for (ReferenceReload r : ReferenceReload.values()) {
            referenceReloads(r);
        }
        for (String surface : SURFACES) {
            for (int status = 200; status < 600; status += 100) {
                responses(surface, status);
            }
        }
        for (Regime r : Regime.values()) {
            submitted(r.name());
        }
        for (ClaimStatus from : ClaimStatus.values()) {
            for (ClaimWorkflow.Actor by : ClaimWorkflow.Actor.values()) {
                ClaimWorkflow.allowed(from, by).forEach(to -> transitions(from, to));
            }
        }
        timeToDecision(ClaimStatus.APPROVED);
        timeToDecision(ClaimStatus.REJECTED);
        for (String job : List.of(BatchJobs.REFERENCE_DATA_IMPORT, BatchJobs.CLAIM_FOLLOW_UP)) {
            for (String outcome : List.of("completed", "failed", "stopped")) {
                JobRunMetrics.runs(registry, job, outcome);
            }
        }
    }

    @Override
    public void eligibilityChecked(EligibilityOutcome outcome, long nanos) {
        checks(outcome).inc();
        checkTime().update(Duration.ofNanos(nanos));
    }

    @Override
    public void magicLink(MagicLink event) {
        if (event == MagicLink.REFUSED) {
            magicLinks(event).inc(); // a refusal writes nothing: it happened whatever the transaction does
        } else {
            afterCommit(() -> magicLinks(event).inc());
        }
    }

    /** Counts once the caller's transaction commits (a rolled-back link or sign-in counts nothing); at once outside one. */
    private void afterCommit(Runnable count) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            count.run();
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            return; // marked for rollback, or ending: it will not commit
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }

    @Override
    public void staffSignIn(StaffSignIn result) {
        staffSignIns(result).inc();
    }

    @Override
    public void rateLimited(String limit) {
        refusals(limit).inc();
    }

    @Override
    public void emailDelivery(EmailDelivery result) {
        deliveries(result).inc();
    }

    @Override
    public void referenceDataReloaded(ReferenceReload cause) {
        referenceReloads(cause).inc();
    }

    @Override
    public void answered(String surface, int status) {
        responses(surface, status).inc();
    }

    /** Counts a claim's history once it is committed: a rolled-back change counts nothing. */
    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimRecorded r) {
        ClaimEvent e = r.entry();
        if (e.kind() != ClaimEvent.Kind.STATUS) {
            return;
        }
        if (e.from() == null) {
            submitted(r.regime()).inc();
            return;
        }
        transitions(e.from(), e.to()).inc();
        if ((e.to() == ClaimStatus.APPROVED || e.to() == ClaimStatus.REJECTED) && r.submittedAt() != null) {
            timeToDecision(e.to()).update(Duration.between(r.submittedAt(), OffsetDateTime.now()).toSeconds());
        }
    }

    private Counter checks(EligibilityOutcome outcome) {
        return registry.counter(meta("flightclaim_eligibility_checks", "Eligibility checks answered, by outcome"),
                tag("outcome", outcome));
    }

    private Timer checkTime() {
        return registry.timer(Metadata.builder().withName("flightclaim_eligibility_check")
                .withDescription("Time to answer an eligibility check").withUnit(MetricUnits.SECONDS).build());
    }

    private Counter magicLinks(MagicLink event) {
        return registry.counter(meta("flightclaim_magic_links", "Customers' sign-in links requested, spent and refused"),
                tag("event", event));
    }

    private Counter staffSignIns(StaffSignIn result) {
        return registry.counter(meta("flightclaim_staff_sign_ins", "Staff sign-ins by result (locked_out: this failure"
                + " started a lock-out)"), tag("result", result));
    }

    private Counter refusals(String limit) {
        return registry.counter(meta("flightclaim_rate_limit_refusals", "Requests refused by a rate limit"),
                new Tag("limit", limit.replace('-', '_')));
    }

    private Counter deliveries(EmailDelivery result) {
        return registry.counter(meta("flightclaim_email_deliveries", "Email send attempts by result (retry_scheduled:"
                + " failed, tried again later; resumed: cut off by a dying instance, sent again)"), tag("result", result));
    }

    private Counter referenceReloads(ReferenceReload cause) {
        return registry.counter(meta("flightclaim_reference_data_reloads", "Reference-data snapshots reloaded by this"
                + " instance (changed_here: an import or an edit on it; announced: a change announced to every instance)"),
                tag("cause", cause));
    }

    private Counter responses(String surface, int status) {
        return registry.counter(meta("flightclaim_http_responses", "HTTP answers of the API, the portal and the console,"
                + " by status class (the error-rate alert's numerator and denominator)"),
                new Tag("surface", surface), new Tag("status_class", status / 100 + "xx"));
    }

    private Counter submitted(String regime) {
        return registry.counter(meta("flightclaim_claims_submitted", "Claims submitted, by the regime they were filed under"),
                new Tag("regime", regime.toLowerCase(Locale.ROOT)));
    }

    private Counter transitions(ClaimStatus from, ClaimStatus to) {
        return registry.counter(meta("flightclaim_claim_transitions", "Claims moved from one status to another"),
                new Tag("from", from.apiName()), new Tag("to", to.apiName()));
    }

    private Histogram timeToDecision(ClaimStatus decision) {
        return registry.histogram(Metadata.builder().withName("flightclaim_claim_time_to_decision")
                .withDescription("Time from a claim's submission to its approval or rejection")
                .withUnit(MetricUnits.SECONDS).build(), new Tag("decision", decision.apiName()));
    }

    private static Metadata meta(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private static Tag tag(String name, Enum<?> value) {
        return new Tag(name, value.name().toLowerCase(Locale.ROOT));
    }
}
