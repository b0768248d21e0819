package eu.flightclaim.claims.infrastructure.health;

import eu.flightclaim.claims.infrastructure.mail.SmtpMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the SMTP server of the mail session accepts a connection (and the login, if any). */
@Readiness
@ApplicationScoped
public class MailHealthCheck implements HealthCheck {

    @Inject
    private SmtpMailer mailer;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("mail");
        try {
            mailer.probe();
            return response.up().build();
        } catch (Exception e) {
            return response.down().withData("error", HealthErrors.describe(e)).build();
        }
    }
}
