package eu.flightclaim.api.privacy;

import eu.flightclaim.claims.application.privacy.DataErasure;
import eu.flightclaim.claims.domain.model.privacy.ErasureRequestSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureRequest", description = "A request to erase a customer's data (GDPR Art. 17) and what staff"
        + " decided")
public class ErasureRequestDto {

    @Schema(type = SchemaType.STRING, format = "uuid", description = "The request's id; absent for none",
            example = "3f8e2c1a-5b6d-4e7f-8a9b-0c1d2e3f4a5b")
    public UUID id;
    @Schema(description = "requested (waiting for staff), carried-out (erased; what legal claims need is kept,"
            + " restricted, until restrictedUntil), refused (note says why), or none (the customer never asked: no"
            + " other field)", example = "requested", enumeration = {"requested", "carried-out", "refused", "none"})
    public String status;
    @Schema(type = SchemaType.STRING, format = "date-time", description = "When the customer asked",
            example = "2026-12-01T09:30:00Z")
    public OffsetDateTime requestedAt;
    @Schema(type = SchemaType.STRING, format = "date-time", description = "When staff decided; absent while waiting",
            example = "2026-12-02T11:00:00Z")
    public OffsetDateTime decidedAt;
    @Schema(description = "What staff told the customer with their decision; always given with a refusal",
            example = "Your claim FC-2026-000042 is being paid out; we erase your data once it is done.")
    public String note;
    @Schema(type = SchemaType.STRING, format = "date", description = "Carried out: the last day data a court case"
            + " could still need is kept, restricted to that purpose; then it is erased. Absent when nothing is kept",
            example = "2029-06-30")
    public LocalDate restrictedUntil;
    @Schema(description = "Staff only: the customer's address (held for legal claims while their claims are"
            + " restricted; absent once erased)", example = "ada@example.com")
    public String customerEmail;
    @Schema(description = "Staff only: who decided", example = "lead@flightclaim.example")
    public String decidedBy;

    /** The customer never asked. */
    public static ErasureRequestDto none() {
        ErasureRequestDto d = new ErasureRequestDto();
        d.status = "none";
        return d;
    }

    /** As the customer sees their own request. */
    public static ErasureRequestDto of(ErasureRequestSummary r) {
        ErasureRequestDto d = new ErasureRequestDto();
        d.id = r.id();
        d.status = r.status().apiName();
        d.requestedAt = r.requestedAt();
        d.decidedAt = r.decidedAt();
        d.note = r.note();
        d.restrictedUntil = r.restrictedUntil();
        return d;
    }

    /** As staff see it. */
    public static ErasureRequestDto forStaff(DataErasure.StaffView v) {
        ErasureRequestDto d = of(v.request());
        d.customerEmail = v.email();
        d.decidedBy = v.request().decidedBy();
        return d;
    }
}
