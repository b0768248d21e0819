package eu.flightclaim.claims.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One template renderer (and its compiled-template cache) per application. */
@ApplicationScoped
public class EmailTemplateProducer {

    private final EmailTemplates templates = new EmailTemplates();

    @Produces
    public EmailTemplates templates() {
        return templates;
    }
}
