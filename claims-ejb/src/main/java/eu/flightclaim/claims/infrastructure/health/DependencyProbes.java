package eu.flightclaim.claims.infrastructure.health;

import eu.flightclaim.claims.application.system.DependencyProbe;
import eu.flightclaim.claims.infrastructure.mail.SmtpMailer;
import eu.flightclaim.files.application.DocumentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The dependencies the product absorbs an outage of, each asked the way the product uses it. */
final class DependencyProbes {

    private DependencyProbes() {
    }

    /** SMTP: a connection (and the login, if any) to the mail session's server. Emails wait in the outbox meanwhile. */
    @ApplicationScoped
    public static class Mail implements DependencyProbe {

        @Inject
        private SmtpMailer mailer;

        @Override
        public String name() {
            return "mail";
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public Optional<String> fault() {
            try {
                mailer.probe();
                return Optional.empty();
            } catch (Exception e) {
                return Optional.of(HealthErrors.describe(e));
            }
        }
    }

    /** The document store: one quick request, or the breaker resting it. Uploads and downloads answer 503 meanwhile. */
    @ApplicationScoped
    public static class DocumentStore implements DependencyProbe {

        @Inject
        private DocumentSettings documents;

        @Override
        public String name() {
            return "document-store";
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public Optional<String> fault() {
            return documents.storeFault();
        }
    }

    /** clamd, when configured: PING. Documents wait in scanning meanwhile. */
    @ApplicationScoped
    public static class VirusScanner implements DependencyProbe {

        @Inject
        private DocumentSettings documents;

        @Override
        public String name() {
            return "virus-scanner";
        }

        @Override
        public boolean configured() {
            return documents.scanner() != null;
        }

        @Override
        public Optional<String> fault() {
            return documents.scannerFault();
        }
    }
}
