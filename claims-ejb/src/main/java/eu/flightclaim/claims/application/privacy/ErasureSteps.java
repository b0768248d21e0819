package eu.flightclaim.claims.application.privacy;

import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.application.audit.AuditLog;
import eu.flightclaim.claims.application.claim.ClaimChanges;
import eu.flightclaim.claims.application.claim.ClaimQueries;
import eu.flightclaim.claims.application.claim.ClaimService;
import eu.flightclaim.claims.domain.model.claim.ClaimRepository;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.ClaimWorkflow;
import eu.flightclaim.claims.domain.model.privacy.ErasureRequest;
import eu.flightclaim.claims.domain.model.privacy.ErasureRequestRepository;
import eu.flightclaim.claims.domain.model.privacy.PersonalData;
import eu.flightclaim.claims.domain.model.privacy.RetentionPeriods;
import eu.flightclaim.files.application.DocumentService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactions of erasure and retention, one each: {@link DataErasure} and {@link PersonalDataRetention}
 * put them in order around the document store, which no transaction covers. Each step is in the audit
 * log, under the customer's or claim's id, never their name or address.
 */
@Stateless
public class ErasureSteps {

    /** The audit log's actor for what the retention job does. */
    static final String RETENTION = "retention";
    static final String WITHDRAWN_WHY = "Withdrawn: the customer asked for their data to be erased";

    @Inject
    private ErasureRequestRepository requests;
    @Inject
    private PersonalData personalData;
    @Inject
    private ClaimRepository claims;
    @Inject
    private ClaimQueries claimQueries;
    @Inject
    private ClaimChanges changes;
    @EJB
    private AuditLog audit;
    @EJB
    private DocumentService documents;

    /** A new request, or the one still waiting (asking twice is asking once). */
    public ErasureRequest request(UUID customer) {
        Optional<ErasureRequest> latest = requests.latestOf(customer);
        if (latest.isPresent() && latest.get().status() == ErasureRequest.Status.REQUESTED) {
            return latest.get();
        }
        ErasureRequest r = ErasureRequest.ask(customer, OffsetDateTime.now());
        requests.add(r);
        audit.record("customer:" + customer, "customer.erasure-requested", "customer:" + customer, null,
                Map.of("request", r.id().toString()));
        return r;
    }

    /**
     * Erasure carried out: the customer's undecided claims are withdrawn, every claim of theirs is
     * restricted to legal claims until its retention ends, and what none of them needs is erased now.
     */
    public ErasureRequest carryOut(UUID id, String actor, String note, RetentionPeriods periods) {
        ErasureRequest r = requests.findForChange(id).orElseThrow(() -> new NotFoundException("erasure request", id));
        UUID customer = r.customerId();
        String email = personalData.emailOf(customer).orElse(null);
        int withdrawn = 0;
        for (ClaimService.ClaimView c : claimQueries.ofCustomer(customer, 0, 1000).items()) {
            if (!c.status().isFinal() && !c.status().isDecided()) {
                changes.change(c.id(), null, claim -> claim.moveTo(ClaimStatus.WITHDRAWN, ClaimWorkflow.Actor.CUSTOMER,
                        actor, WITHDRAWN_WHY));
                withdrawn++;
            }
        }
        LocalDate keptUntil = personalData.keptUntil(customer, periods).orElse(null);
        decide(() -> r.carryOut(actor, note, OffsetDateTime.now(), keptUntil, email));
        personalData.restrict(customer, email);
        if (email != null) {
            documents.forgetActor(email, OffsetDateTime.now());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("request", r.id().toString());
        after.put("claimsWithdrawn", withdrawn);
        after.put("restrictedUntil", keptUntil == null ? null : keptUntil.toString());
        after.put("note", r.note());
        audit.record(actor, "customer.erasure-carried-out", "customer:" + customer, null, after);
        return r;
    }

    /** Refused, with the reason the customer reads. */
    public ErasureRequest refuse(UUID id, String actor, String note) {
        ErasureRequest r = requests.findForChange(id).orElseThrow(() -> new NotFoundException("erasure request", id));
        decide(() -> r.refuse(actor, note, OffsetDateTime.now()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("request", r.id().toString());
        after.put("note", r.note());
        audit.record(actor, "customer.erasure-refused", "customer:" + r.customerId(), null, after);
        return r;
    }

    /** The claim's customer's address (to find it where the claim's people acted), or empty when gone. */
    public Optional<String> emailOfCustomerOf(UUID claim) {
        return personalData.emailOfCustomerOf(claim);
    }

    /** The claim's personal data goes (its documents went before); false when it was anonymised meanwhile. */
    public boolean anonymise(UUID claim, String email, int documents) {
        if (claims.findForChange(claim).isEmpty()) {
            return false;
        }
        personalData.anonymise(claim, email);
        audit.record(RETENTION, "claim.anonymised", "claim:" + claim, null, Map.of("documentsErased", documents));
        return true;
    }

    /** The customer's address, held or on the account, goes with everything that still named them. */
    public void forget(UUID customer) {
        String email = personalData.emailOf(customer).orElse(null);
        // up to the erasure: a new account on the same address since then is someone else's business
        OffsetDateTime until = personalData.erasedAt(customer).orElse(OffsetDateTime.now());
        personalData.forget(customer, email);
        if (email != null) {
            documents.forgetActor(email, until);
        }
        audit.record(RETENTION, "customer.forgotten", "customer:" + customer, null, null);
    }

    public Optional<ErasureRequest> latestOf(UUID customer) {
        return requests.latestOf(customer);
    }

    public Page<ErasureRequest> list(int page, int size) {
        return new Page<>(requests.list(page * size, size), requests.count(), page, size);
    }

    public long waiting() {
        return requests.waiting();
    }

    public ErasureRequest find(UUID id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("erasure request", id));
    }

    public List<UUID> retentionEnded(LocalDate today, RetentionPeriods periods, UUID customer, int max) {
        return personalData.retentionEnded(today, periods, customer, max);
    }

    public List<UUID> toForget(LocalDate idleSince, UUID customer, int max) {
        return personalData.toForget(idleSince, customer, max);
    }

    public Optional<String> emailOf(UUID customer) {
        return personalData.emailOf(customer);
    }

    public Map<UUID, String> emailsOf(Collection<UUID> customers) {
        return personalData.emailsOf(customers);
    }

    private static void decide(Runnable decision) {
        try {
            decision.run();
        } catch (ErasureRequest.DecisionRefused e) {
            throw new StateConflictException(e.getMessage());
        }
    }
}
