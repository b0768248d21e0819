package eu.flightclaim.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API. {@code @ApplicationScoped} makes it a bean in CDI's annotated mode, without
 * which MicroProfile JWT never sees {@code @LoginConfig}.
 */
@ApplicationScoped
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "flightclaim")
@DeclareRoles({ApiRoles.CUSTOMER, ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN, ApiRoles.TOTP_ENROLMENT})
@OpenAPIDefinition(
        info = @Info(title = "Flight Claim API", version = "v1",
                description = "EU261/UK261 flight-compensation claims. Errors are RFC 9457 problem+json.",
                license = @License(name = "Proprietary")),
        tags = {
                @Tag(name = "system", description = "Version and caller identity"),
                @Tag(name = "auth", description = "Sign-in by magic link, tokens, sessions"),
                @Tag(name = "account", description = "A customer's own account: the language of their emails, their data"
                        + " to download, erasure"),
                @Tag(name = "eligibility", description = "Is compensation due? EU261 and UK261"),
                @Tag(name = "claims", description = "A customer's claims"),
                @Tag(name = "documents", description = "Documents of a claim: upload, list, download, delete"),
                @Tag(name = "reference-data", description = "Airports and airlines"),
                @Tag(name = "admin-emails", description = "The email outbox (staff)"),
                @Tag(name = "admin-batch", description = "Batch jobs (staff)"),
                @Tag(name = "admin-documents", description = "Document rules (admins)"),
                @Tag(name = "admin-claims", description = "Claims for staff: list, review, decide, stats"),
                @Tag(name = "admin-staff", description = "Staff accounts and the audit log (superadmins)"),
                @Tag(name = "admin-privacy", description = "Customers' erasure requests (admins)")})
@SecurityScheme(securitySchemeName = ApiRoles.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class ApiApplication extends Application {

    /** No generated WADL (application.wadl, OPTIONS bodies): /openapi is the one description of the API. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
