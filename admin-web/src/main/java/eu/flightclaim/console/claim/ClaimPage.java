package eu.flightclaim.console.claim;

import eu.flightclaim.claims.application.claim.ClaimReviewService;
import eu.flightclaim.claims.application.claim.ClaimService;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.identity.StaffManagement;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.ClaimWorkflow;
import eu.flightclaim.claims.domain.model.compensation.Preconditions;
import eu.flightclaim.console.Feedback;
import eu.flightclaim.console.Words;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.application.ValidationRuleCatalog;
import eu.flightclaim.files.domain.model.ValidationRule;
import eu.flightclaim.files.domain.model.document.DocumentSummary;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.io.StringReader;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One claim for a reviewer: everything about it, and every action on it. Each change carries the
 * version the page was loaded with; when someone else changed the claim meanwhile, the service
 * refuses, the page says so and shows the claim as it is now (nothing is silently overwritten).
 */
@Named
@ViewScoped
public class ClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One leg of the itinerary, as the customer gave it. */
    public record LegRow(String from, String to, String carrier, String flightNumber, String date)
            implements Serializable {
    }

    @EJB
    private ClaimReviewService claims;
    @EJB
    private DocumentService documents;
    @EJB
    private ValidationRuleCatalog rules;
    @EJB
    private StaffManagement staff;
    @Inject
    private ClaimsTrail trail;

    private String id;
    private UUID claimId;
    private ClaimReviewService.Review review;
    private List<DocumentSummary> documentList;
    /** Revealed on request and audited each time: never copied into the data grid with the view. */
    private transient ClaimReviewService.PayoutDetails payout;
    private List<LegRow> legs;
    private List<Fact> disruption;
    private List<String> documentTypes;
    private List<StaffManagement.StaffView> staffList;

    // form fields
    private String transitionTo;
    private String transitionReason;
    private String overrideAmount;
    private String overrideCurrency;
    private String overrideReason;
    private String note;
    private String message;
    private String requestType;
    private String requestMessage;
    private Long assignTo;
    private String documentReason;
    private String previewId;
    private String rejectId;

    /** Loads the claim named in the URL ({@code ?id=}). */
    public void load() {
        try {
            claimId = UUID.fromString(id == null ? "" : id.trim());
            refresh();
        } catch (IllegalArgumentException | NotFoundException | EJBException e) {
            review = null;
            Feedback.error("There is no claim " + (id == null ? "" : "'" + id + "'") + ".");
        }
    }

    private void refresh() {
        review = claims.review(claimId);
        documentList = documents.summariesOnClaim(claimId, true);
        ClaimService.ClaimView c = review.claim();
        legs = c.itinerary().legs().stream().map(l -> new LegRow(text(l.from()), text(l.to()), text(l.carrier()),
                text(l.flightNumber()), text(l.date()))).toList();
        disruption = disruption(review.disruptionJson());
        overrideCurrency = overrideCurrency == null ? c.currency() : overrideCurrency;
        assignTo = review.assignee() == null ? null : review.assignee().id();
    }

    private long version() {
        return review.claim().version();
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private static DocumentService.Actor documentActor() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest r = (HttpServletRequest) ext.getRequest();
        return new DocumentService.Actor(ext.getRemoteUser(), r.getRemoteAddr(), r.getHeader("User-Agent"));
    }

    /** Runs a versioned change; a conflict reloads the claim and says what happened. */
    private boolean change(String action, Runnable change, String done) {
        return change(action, change, done, Map.of());
    }

    /** {@link #change(String, Runnable, String)}, a refused field said at its input ({@link Feedback#failure}). */
    private boolean change(String action, Runnable change, String done, Map<String, String> fields) {
        try {
            change.run();
            refresh();
            Feedback.info(done);
            return true;
        } catch (RuntimeException e) {
            Throwable t = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (t instanceof StateConflictException) {
                refresh();
                Feedback.error(action + ": " + t.getMessage() + " The page now shows the claim as it is; check it and"
                        + " try again if it still makes sense.");
            } else {
                Feedback.failure(action, e, fields);
            }
            return false;
        }
    }

    public void transition() {
        String to = transitionTo;
        if (needsReason(to) && (transitionReason == null || transitionReason.isBlank())) {
            Feedback.atField("head:reason", "Write the reason: the customer is told why the claim is "
                    + Words.status(to) + ".");
            return;
        }
        if (change("Moving the claim to " + label(to), () -> claims.transition(actor(), claimId, version(), to,
                transitionReason), "Moved to “" + Words.of("status." + to) + "”.",
                Map.of("reason", "head:reason", "to", "head:to"))) {
            transitionTo = null;
            transitionReason = null;
        }
    }

    public void assign() {
        Long to = assignTo;
        change("Assigning the claim", () -> claims.assign(actor(), claimId, version(), to),
                to == null ? "The claim is unassigned." : "The claim is assigned.");
    }

    public void overrideCompensation() {
        if (change("Overriding the amount", () -> claims.overrideCompensation(actor(), claimId, version(), overrideAmount,
                overrideCurrency, overrideReason), "The amount is now " + overrideAmount + " " + overrideCurrency + ".",
                Map.of("amount", "override:amount", "reason", "override:why"))) {
            overrideAmount = null;
            overrideReason = null;
        }
    }

    public void addNote() {
        if (change("Adding the note", () -> claims.note(actor(), claimId, note), "Note added.",
                Map.of("body", "note:text"))) {
            note = null;
        }
    }

    public void sendMessage() {
        if (change("Sending the message", () -> claims.message(actor(), claimId, message, null),
                "Message sent; the customer is emailed.", Map.of("body", "message:body"))) {
            message = null;
        }
    }

    public void requestDocument() {
        if (change("Requesting a document", () -> claims.requestDocuments(actor(), claimId, version(), requestType,
                requestMessage), "Requested; the customer is emailed.",
                Map.of("message", "request:msg", "documentType", "request:type"))) {
            requestType = null;
            requestMessage = null;
        }
    }

    public void approveDocument(String documentId) {
        reviewDocument(documentId, true);
    }

    public void rejectDocument(String documentId) {
        reviewDocument(documentId, false);
    }

    private void reviewDocument(String documentId, boolean approved) {
        String reason = documentReason;
        if (change(approved ? "Approving the document" : "Rejecting the document",
                () -> documents.review(UUID.fromString(documentId), approved, reason, documentActor()),
                approved ? "Document approved." : "Document rejected; the customer is emailed.",
                approved ? Map.of() : Map.of("reason", "rejectForm:rejectReason"))) {
            documentReason = null;
        }
    }

    public void revealPayout() {
        Feedback.attempt("Showing the payout details", () -> {
            payout = claims.revealPayout(actor(), claimId);
            return "The full payout details are shown; this is in the audit log.";
        });
    }

    public void hidePayout() {
        payout = null;
    }

    // --- what the page shows

    public ClaimReviewService.Review getReview() {
        return review;
    }

    public ClaimService.ClaimView getClaim() {
        return review == null ? null : review.claim();
    }

    public List<DocumentSummary> getDocuments() {
        return documentList;
    }

    /** The questions of Art. 3 the claim left open, as a person asks them. */
    public List<String> getOpenQuestions() {
        List<String> open = getClaim().assessment().openQuestions();
        return open == null ? List.of() : open.stream().map(Preconditions::question).toList();
    }

    public List<LegRow> getLegs() {
        return legs;
    }

    /** A disruption fact as label and value; a map entry as the page reads it, and serializable with the view. */
    public static final class Fact extends AbstractMap.SimpleImmutableEntry<String, String> {
        private static final long serialVersionUID = 1L;

        Fact(String label, String value) {
            super(label, value);
        }
    }

    /** The disruption facts as label and value, in the order the customer gave them. */
    public List<Fact> getDisruption() {
        return disruption;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static List<Fact> disruption(String disruptionJson) {
        List<Fact> facts = new ArrayList<>();
        if (disruptionJson != null) {
            flatten("", Json.createReader(new StringReader(disruptionJson)).readObject(), facts);
        }
        return facts;
    }

    private static void flatten(String prefix, JsonObject o, List<Fact> out) {
        o.forEach((k, v) -> {
            if (v.getValueType() == JsonValue.ValueType.OBJECT) {
                flatten(prefix + k + " ", v.asJsonObject(), out);
            } else if (v.getValueType() != JsonValue.ValueType.NULL) {
                String text = v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString()
                        : v.toString();
                if (prefix.isEmpty() && (k.equals("type") || k.equals("cause"))) {
                    text = Words.of((k.equals("type") ? "disruption." : "cause.") + text); // a code, in words
                }
                out.add(new Fact((prefix + k).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(), text));
            }
        });
    }

    public List<String> getAllowedTransitions() {
        return review == null ? List.of() : review.allowedTransitions();
    }

    public boolean needsReason(String to) {
        return to != null && ClaimStatus.fromApiName(to).map(ClaimWorkflow::needsReason).orElse(false);
    }

    public String getTrailPosition() {
        return claimId == null ? null : trail.position(claimId);
    }

    public ClaimsTrail.Stop getNextClaim() {
        return claimId == null ? null : trail.next(claimId);
    }

    public ClaimsTrail.Stop getPreviousClaim() {
        return claimId == null ? null : trail.previous(claimId);
    }

    public static String label(String status) {
        return status == null ? "" : Words.status(status);
    }

    public List<String> getDocumentTypes() {
        if (documentTypes == null) {
            documentTypes = rules.all().stream().map(ValidationRule::documentType).sorted().toList();
        }
        return documentTypes;
    }

    public List<StaffManagement.StaffView> getStaff() {
        if (staffList == null) {
            staffList = staff.assignable();
        }
        return staffList;
    }

    /** Not reviewed yet, not deleted, scanned, and not refused by the scan: the team can approve it. */
    public boolean approvable(DocumentSummary d) {
        return rejectable(d) && !"REJECTED".equals(d.status());
    }

    /** Not reviewed yet, not deleted, and scanned: the team can reject it (also one the scan refused). */
    public boolean rejectable(DocumentSummary d) {
        return d != null && !d.deleted() && d.reviewDecision() == null && !"SCANNING".equals(d.status());
    }

    public boolean previewable(DocumentSummary d) {
        return d != null && !d.deleted() && !"SCANNING".equals(d.status()) && !"REJECTED".equals(d.status())
                && List.of("application/pdf", "image/jpeg", "image/png").contains(d.contentType());
    }

    public boolean isImage(DocumentSummary d) {
        return d != null && d.contentType().startsWith("image/");
    }

    public ClaimReviewService.PayoutDetails getPayout() {
        return payout;
    }

    /** The document the preview dialog shows. */
    public DocumentSummary getPreviewDocument() {
        return previewId == null || documentList == null ? null
                : documentList.stream().filter(d -> d.id().toString().equals(previewId)).findFirst().orElse(null);
    }

    public String getPreviewId() { return previewId; }
    public void setPreviewId(String v) { previewId = v; }
    public String getRejectId() { return rejectId; }
    public void setRejectId(String v) { rejectId = v; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTransitionTo() { return transitionTo; }
    public void setTransitionTo(String v) { transitionTo = v; }
    public String getTransitionReason() { return transitionReason; }
    public void setTransitionReason(String v) { transitionReason = v; }
    public String getOverrideAmount() { return overrideAmount; }
    public void setOverrideAmount(String v) { overrideAmount = v; }
    public String getOverrideCurrency() { return overrideCurrency; }
    public void setOverrideCurrency(String v) { overrideCurrency = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { message = v; }
    public String getRequestType() { return requestType; }
    public void setRequestType(String v) { requestType = v; }
    public String getRequestMessage() { return requestMessage; }
    public void setRequestMessage(String v) { requestMessage = v; }
    public Long getAssignTo() { return assignTo; }
    public void setAssignTo(Long v) { assignTo = v; }
    public String getDocumentReason() { return documentReason; }
    public void setDocumentReason(String v) { documentReason = v; }
}
