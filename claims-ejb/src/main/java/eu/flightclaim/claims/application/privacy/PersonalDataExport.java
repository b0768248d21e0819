package eu.flightclaim.claims.application.privacy;

import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.application.audit.AuditLog;
import eu.flightclaim.claims.application.claim.ClaimChanges;
import eu.flightclaim.claims.application.claim.ClaimService;
import eu.flightclaim.claims.application.identity.CustomerAccounts;
import eu.flightclaim.claims.application.identity.FieldEncryptionKeys;
import eu.flightclaim.claims.application.identity.SessionService;
import eu.flightclaim.claims.domain.model.claim.ClaimRepository;
import eu.flightclaim.claims.domain.model.customer.Customer;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.FileNames;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything we hold about a customer, for them to take (GDPR Art. 15 access, Art. 20 portability): a
 * zip, written as it is read — {@code personal-data.json} (the account, its sessions, every claim with
 * its passengers, full payout details, consent and signatures, history, messages and documents' list)
 * and every document's file, decrypted. Staff produce the same for a customer, and that is audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonalDataExport {

    /** The name of the structured part inside the zip. */
    public static final String DATA_FILE = "personal-data.json";
    private static final int PAGE = 50;

    @EJB
    private CustomerAccounts accounts;
    @EJB
    private SessionService sessions;
    @EJB
    private ClaimService claims;
    @Inject
    private ClaimChanges changes;
    @EJB
    private DocumentService documents;
    @EJB
    private AuditLog audit;
    @Inject
    private ClaimRepository claimRepository;
    @Inject
    private FieldEncryptionKeys fieldKeys;

    /** The caller's own data (a customer). */
    public void writeOwn(UUID customer, String ip, String userAgent, OutputStream out) throws IOException {
        Customer c = accounts.find(customer);
        write(c, new DocumentService.Actor(c.getEmail(), ip, userAgent), out);
    }

    /** The customer whose claim this is: staff reach a customer through their claims. */
    public UUID customerOf(UUID claim) {
        return claimRepository.find(claim).orElseThrow(() -> new NotFoundException("claim", claim)).customerId();
    }

    /** A customer's data produced by staff ({@code actor}): the export is in the audit log before it starts. */
    public void writeFor(UUID customer, String actor, String ip, String userAgent, OutputStream out) throws IOException {
        Customer c = accounts.find(customer);
        audit.record(actor, "customer.data-exported", "customer:" + customer, null, null);
        write(c, new DocumentService.Actor(actor, ip, userAgent), out);
    }

    private void write(Customer customer, DocumentService.Actor actor, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        JsonArrayBuilder claimList = Json.createArrayBuilder();
        List<String> notIncluded = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<ClaimService.ClaimView> views = claims.list(customer.getId(), page, PAGE);
            for (ClaimService.ClaimView summary : views.items()) {
                claimList.add(claim(customer, summary.id(), actor, zip, notIncluded));
            }
            if ((long) (page + 1) * PAGE >= views.total()) {
                break;
            }
        }
        JsonArrayBuilder devices = Json.createArrayBuilder();
        for (SessionService.SessionView s : sessions.activeSessions(customer.getId().toString())) {
            devices.add(Json.createObjectBuilder().add("signedInAt", text(s.createdAt())).add("lastUsedAt",
                    text(s.lastUsedAt())).add("userAgent", text(s.userAgent())).add("ipAddress", text(s.ip())));
        }
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("exportedAt", OffsetDateTime.now().toString())
                .add("controller", "Flight Claim")
                .add("account", Json.createObjectBuilder().add("email", customer.getEmail())
                        .add("language", customer.language() == null ? "en" : customer.language())
                        .add("createdAt", text(customer.getCreatedAt())))
                .add("signedInDevices", devices)
                .add("claims", claimList)
                .add("documentsNotIncluded", Json.createArrayBuilder(notIncluded));
        zip.putNextEntry(new ZipEntry(DATA_FILE));
        zip.write(pretty(data.build()).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private JsonObjectBuilder claim(Customer customer, UUID id, DocumentService.Actor actor, ZipOutputStream zip,
            List<String> notIncluded) throws IOException {
        ClaimService.ClaimView v = changes.view(customer.getId(), id);
        var claim = claimRepository.find(id).orElseThrow(() -> new NotFoundException("claim", id));
        var payout = claim.payout();
        JsonArrayBuilder passengers = Json.createArrayBuilder();
        v.passengers().forEach(p -> passengers.add(Json.createObjectBuilder().add("firstName", text(p.firstName()))
                .add("lastName", text(p.lastName())).add("bookingReference", text(p.bookingReference()))));
        JsonArrayBuilder history = Json.createArrayBuilder();
        changes.history(id, false).forEach(e -> history.add(Json.createObjectBuilder().add("at", text(e.at()))
                .add("from", text(e.from())).add("to", text(e.to())).add("reason", text(e.reason()))));
        JsonArrayBuilder messages = Json.createArrayBuilder();
        changes.messages(id, false).forEach(m -> messages.add(Json.createObjectBuilder().add("at", text(m.at()))
                .add("from", text(m.authorKind())).add("body", text(m.body()))
                .add("documentId", m.documentId() == null ? JsonValue.NULL : Json.createValue(m.documentId().toString()))));
        JsonArrayBuilder flights = Json.createArrayBuilder();
        if (v.itinerary() != null) {
            v.itinerary().legs().forEach(l -> flights.add(Json.createObjectBuilder().add("from", text(l.from()))
                    .add("to", text(l.to())).add("carrier", text(l.carrier())).add("flightNumber", text(l.flightNumber()))
                    .add("date", text(l.date())).add("bookingReference", text(l.booking()))));
        }
        JsonArrayBuilder signatures = Json.createArrayBuilder();
        claim.signatures().forEach(g -> signatures.add(Json.createObjectBuilder().add("passenger", text(g.passengerName()))
                .add("signedBy", text(g.signedBy())).add("capacity", text(g.capacity())).add("method", text(g.method()))));
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (Document d : documents.onClaim(id, false)) {
            String path = "documents/" + v.reference() + "/" + d.id() + "-" + FileNames.sanitise(d.originalName(),
                    d.documentType());
            JsonObjectBuilder entry = Json.createObjectBuilder().add("id", d.id().toString())
                    .add("type", d.documentType()).add("fileName", text(d.originalName()))
                    .add("contentType", text(d.contentType())).add("bytes", d.size())
                    .add("uploadedAt", text(d.uploadedAt())).add("status", text(d.status()));
            // decrypted whole to a scratch file first: a segment that fails to authenticate, or a store that
            // breaks off, leaves the document out (said in the export) rather than half a file in the zip
            Path plain = Files.createTempFile("flightclaim-export-", ".part");
            try {
                boolean read;
                try {
                    documents.checkServable(d);
                    try (InputStream content = documents.open(d, 0, null, actor).stream()) {
                        Files.copy(content, plain, StandardCopyOption.REPLACE_EXISTING);
                    }
                    read = true;
                } catch (RuntimeException | IOException e) { // waiting for its scan, quarantined, damaged, store down
                    notIncluded.add(d.id() + ": " + e.getMessage());
                    read = false;
                }
                if (read) { // a failure to write to the caller is not the document's: it ends the export
                    zip.putNextEntry(new ZipEntry(path));
                    Files.copy(plain, zip);
                    zip.closeEntry();
                }
                entry.add("file", read ? Json.createValue(path) : JsonValue.NULL);
            } finally {
                Files.deleteIfExists(plain);
            }
            files.add(entry);
        }
        return Json.createObjectBuilder()
                .add("reference", v.reference()).add("status", v.status().apiName()).add("regime", text(v.regime()))
                .add("submittedAt", text(v.createdAt()))
                .add("compensation", v.amount() == null ? JsonValue.NULL : Json.createObjectBuilder()
                        .add("amount", v.amount().toPlainString()).add("currency", text(v.currency())).build())
                .add("limitationDeadline", text(v.deadline()))
                .add("flights", flights)
                .add("passengers", passengers)
                .add("contactPhone", text(v.phone()))
                .add("payout", Json.createObjectBuilder()
                        .add("iban", payout.sealedIban() == null ? JsonValue.NULL
                                : Json.createValue(fieldKeys.cipher().decrypt(payout.sealedIban())))
                        .add("accountHolder", text(payout.accountHolder())))
                .add("consent", Json.createObjectBuilder().add("termsVersion", text(claim.termsVersion()))
                        .add("language", text(claim.termsLanguage())).add("givenAt", text(claim.consentAt()))
                        .add("ipAddress", text(claim.consentIp())).add("userAgent", text(claim.consentUserAgent()))
                        .add("signatures", signatures))
                .add("history", history)
                .add("messages", messages)
                .add("documents", files);
    }

    private static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    private static String pretty(jakarta.json.JsonObject o) {
        StringWriter w = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
            writer.write(o);
        }
        return w.toString();
    }
}
