package eu.flightclaim.api.staff;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import eu.flightclaim.api.PageDto;
import eu.flightclaim.claims.application.audit.AuditLog;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.application.identity.StaffManagement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the staff-management and audit API. */
public final class StaffDtos {

    private StaffDtos() {
    }

    @Schema(name = "Staff")
    public static class StaffDto {
        public long id;
        public String email;
        public String displayName;
        public Set<String> roles;
        public boolean enabled;
        public boolean totpEnabled;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Set while the account is locked after failed sign-ins")
        public OffsetDateTime lockedUntil;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime lastLoginAt;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime createdAt;

        static StaffDto of(StaffManagement.StaffView v) {
            StaffDto d = new StaffDto();
            d.id = v.id();
            d.email = v.email();
            d.displayName = v.displayName();
            d.roles = v.roles();
            d.enabled = v.enabled();
            d.totpEnabled = v.totpEnabled();
            d.lockedUntil = v.lockedUntil();
            d.lastLoginAt = v.lastLoginAt();
            d.createdAt = v.createdAt();
            return d;
        }
    }

    @Schema(name = "StaffInvitation")
    public static class InviteRequest {
        @Schema(example = "sam@flightclaim.example", required = true)
        public String email;
        @Schema(example = "Sam Reviewer", required = true)
        public String displayName;
        public List<String> roles;
    }

    @Schema(name = "StaffRoles")
    public static class RolesRequest {
        public List<String> roles;
    }

    @Schema(name = "AuditEntry")
    public static class AuditEntryDto {
        public long id;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime at;
        public String actor;
        @Schema(example = "staff.roles")
        public String action;
        public String target;
        @Schema(description = "The state before, as JSON")
        public String before;
        @Schema(description = "The state after, as JSON")
        public String after;

        static AuditEntryDto of(AuditLog.Entry e) {
            AuditEntryDto d = new AuditEntryDto();
            d.id = e.id();
            d.at = e.at();
            d.actor = e.actor();
            d.action = e.action();
            d.target = e.target();
            d.before = e.before();
            d.after = e.after();
            return d;
        }
    }

    @Schema(name = "AuditPage")
    public static class AuditPageDto extends PageDto {
        public List<AuditEntryDto> items;

        static AuditPageDto of(Page<AuditLog.Entry> page) {
            AuditPageDto d = new AuditPageDto();
            d.items = d.paging(page, AuditEntryDto::of);
            return d;
        }
    }
}
