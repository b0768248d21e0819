package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.domain.model.staff.PasswordPolicy;
import eu.flightclaim.claims.domain.model.staff.StaffRole;
import eu.flightclaim.claims.application.system.StartupOrder;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first superadmin when the database has none, from {@code FC_ADMIN_EMAIL} and
 * {@code FC_ADMIN_PASSWORD}. Without a password it generates a strong one and logs it once.
 */
@Singleton
@Startup
@DependsOn(StartupOrder.SCHEMA_MIGRATION)
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

    @EJB
    private StaffAccountService staff;

    @Inject
    @ConfigProperty(name = "FC_ADMIN_EMAIL", defaultValue = "admin@flightclaim.local")
    private String email;
    @Inject
    @ConfigProperty(name = "FC_ADMIN_PASSWORD")
    private Optional<String> password;

    @PostConstruct
    void createFirstSuperadmin() {
        if (staff.hasSuperadmin()) {
            return;
        }
        String pw = password.filter(p -> !p.isBlank()).orElse(null);
        if (pw != null && !PasswordPolicy.problems(pw, email).isEmpty()) {
            throw new IllegalStateException("FC_ADMIN_PASSWORD is refused: it " + String.join(", ",
                    PasswordPolicy.problems(pw, email)) + ".");
        }
        boolean generated = pw == null;
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            pw = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        staff.create(email, "Administrator", pw, EnumSet.of(StaffRole.SUPERADMIN, StaffRole.ADMIN, StaffRole.REVIEWER));
        String shown = generated ? pw : "(from FC_ADMIN_PASSWORD)";
        LOG.warning(() -> "Bootstrap superadmin created: " + email + " / " + shown
                + (generated ? "  -- generated, shown only this once: sign in and keep it safe." : ""));
    }
}
