package eu.flightclaim.console.staff;

import eu.flightclaim.claims.application.identity.StaffManagement;
import eu.flightclaim.console.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Staff accounts (superadmin): list, invite, change roles, disable and enable, reset two-factor sign-in. */
@Named
@ViewScoped
public class StaffPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> ROLES = List.of("reviewer", "admin", "superadmin");

    @EJB
    private StaffManagement staff;

    private List<StaffManagement.StaffView> accounts;
    private String inviteEmail;
    private String inviteName;
    private List<String> inviteRoles = new ArrayList<>(List.of("reviewer"));
    private Long editId;
    private String editEmail;
    private List<String> editRoles = new ArrayList<>();

    public List<StaffManagement.StaffView> getAccounts() {
        if (accounts == null) {
            accounts = staff.list();
        }
        return accounts;
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private void run(String action, Runnable r, String done) {
        Feedback.attempt(action, () -> {
            r.run();
            return done;
        });
        accounts = null;
    }

    public void invite() {
        if (noRole(inviteRoles, "invite:roles")) {
            return;
        }
        String email = inviteEmail;
        run("Inviting " + email, () -> staff.invite(actor(), email, inviteName, StaffManagement.roles(inviteRoles)),
                "Invitation sent to " + email + ".");
        inviteEmail = null;
        inviteName = null;
    }

    /**
     * True, with the refusal at the roles field, when no role is chosen (asked here, not by
     * required="true", which would put aria-required on the checkbox group: ARIA does not allow it).
     */
    private static boolean noRole(List<String> roles, String field) {
        if (roles != null && !roles.isEmpty()) {
            return false;
        }
        Feedback.atField(field, "Give at least one role.");
        return true;
    }

    public void startEdit(StaffManagement.StaffView account) {
        editId = account.id();
        editEmail = account.email();
        editRoles = new ArrayList<>(account.roles());
    }

    public void saveRoles() {
        if (noRole(editRoles, "rolesForm:editRoles")) {
            return;
        }
        long id = editId;
        run("Changing the roles", () -> staff.changeRoles(actor(), id, StaffManagement.roles(editRoles)), "Roles changed.");
    }

    public void setEnabled(long id, boolean enabled) {
        run(enabled ? "Enabling the account" : "Disabling the account", () -> staff.setEnabled(actor(), id, enabled),
                enabled ? "Account enabled." : "Account disabled; its sessions are ended.");
    }

    public void resetTotp(long id) {
        run("Resetting two-factor sign-in", () -> staff.resetTotp(actor(), id),
                "Two-factor sign-in reset; the account sets it up again at its next sign-in.");
    }

    public List<String> getRoles() {
        return ROLES;
    }

    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String v) { inviteEmail = v; }
    public String getInviteName() { return inviteName; }
    public void setInviteName(String v) { inviteName = v; }
    public List<String> getInviteRoles() { return inviteRoles; }
    public void setInviteRoles(List<String> v) { inviteRoles = v; }
    public List<String> getEditRoles() { return editRoles; }
    public void setEditRoles(List<String> v) { editRoles = v; }
    /** Whose roles the dialog shows. */
    public String getEditEmail() { return editEmail; }
}
