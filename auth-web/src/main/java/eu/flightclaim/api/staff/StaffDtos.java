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
        @Schema(type = SchemaType.INTEGER, format = "int64",
                description = "The account's id, for the staff/{id} operations", example = "7")
        public long id;
        @Schema(description = "The address the member signs in with and gets email at",
                example = "sam@flightclaim.example")
        public String email;
        @Schema(description = "The member's name as the console shows it", example = "Sam Reviewer")
        public String displayName;
        @Schema(type = SchemaType.ARRAY, implementation = String.class,
                description = "The account's roles, in alphabetical order: some of reviewer, admin and superadmin")
        public Set<String> roles;
        @Schema(description = "Whether the account may sign in; false once disabled", example = "true")
        public boolean enabled;
        @Schema(description = "Whether two-factor sign-in (an authenticator app) is set up", example = "true")
        public boolean totpEnabled;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Until when the account is locked after"
                + " too many failed sign-ins; a past time means the lock has run out (the next sign-in attempt clears"
                + " it). Absent when not locked", example = "2026-11-30T09:30:00Z")
        public OffsetDateTime lockedUntil;
        @Schema(type = SchemaType.STRING, format = "date-time",
                description = "The last successful sign-in (console or API); absent before the first",
                example = "2026-11-30T08:02:11Z")
        public OffsetDateTime lastLoginAt;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the account was created (invited)",
                example = "2026-11-02T10:00:00Z")
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
        @Schema(description = "The new member's email address, at most 320 characters; the invitation goes there."
                + " 409 when a staff account has it already", example = "sam@flightclaim.example", required = true)
        public String email;
        @Schema(description = "The member's name as the console shows it, 1 to 200 characters",
                example = "Sam Reviewer", required = true)
        public String displayName;
        @Schema(type = SchemaType.ARRAY, implementation = String.class,
                description = "The roles to give: at least one of reviewer, admin and superadmin (any case)")
        public List<String> roles;
    }

    @Schema(name = "StaffRoles")
    public static class RolesRequest {
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "The account's new roles,"
                + " replacing the old ones; at least one of reviewer, admin, superadmin (any case)")
        public List<String> roles;
    }

    @Schema(name = "AuditEntry")
    public static class AuditEntryDto {
        @Schema(type = SchemaType.INTEGER, format = "int64",
                description = "The entry's id; later entries have higher ones", example = "1284")
        public long id;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When it was done",
                example = "2026-11-30T09:15:00Z")
        public OffsetDateTime at;
        @Schema(description = "Who did it: the member of staff's email address (the account's own for a password"
                + " they set or changed)", example = "admin@flightclaim.example")
        public String actor;
        @Schema(description = "What was done, as area.verb: staff.invite, staff.roles, staff.enable, staff.disable,"
                + " staff.totp-reset, staff.invitation-accepted, staff.password-reset, staff.password-changed,"
                + " email-template.save, email-template.reset, reference.airline, reference.limitation-period,"
                + " claim.payout-revealed", example = "staff.roles")
        public String action;
        @Schema(description = "What it was done to: a staff member's email address, or kind:key such as"
                + " airline:LH, country:DE, email-template:claim-submitted or claim:{id}",
                example = "sam@flightclaim.example")
        public String target;
        @Schema(description = "The target's state before, as JSON text; absent when the action keeps none (such as"
                + " an invitation or a password change)", example = "{\"createdAt\":\"2026-11-02T10:00:00Z\","
                + "\"displayName\":\"Sam Reviewer\",\"email\":\"sam@flightclaim.example\",\"enabled\":true,\"id\":7,"
                + "\"roles\":[\"reviewer\"],\"totpEnabled\":true}")
        public String before;
        @Schema(description = "The target's state after, as JSON text; absent when the action keeps none (such as a"
                + " template reset to its default or a password change)",
                example = "{\"createdAt\":\"2026-11-02T10:00:00Z\",\"displayName\":\"Sam Reviewer\","
                + "\"email\":\"sam@flightclaim.example\",\"enabled\":true,\"id\":7,\"roles\":[\"admin\",\"reviewer\"],"
                + "\"totpEnabled\":true}")
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
        @Schema(type = SchemaType.ARRAY, implementation = AuditEntryDto.class,
                description = "The entries on this page, newest first; empty past the last page")
        public List<AuditEntryDto> items;

        static AuditPageDto of(Page<AuditLog.Entry> page) {
            AuditPageDto d = new AuditPageDto();
            d.items = d.paging(page, AuditEntryDto::of);
            return d;
        }
    }
}
