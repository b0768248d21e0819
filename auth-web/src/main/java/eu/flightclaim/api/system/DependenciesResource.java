package eu.flightclaim.api.system;

import eu.flightclaim.claims.application.system.DependencyMonitor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dependencies this instance can do without for a while (SMTP, the document store, clamd), in
 * MicroProfile Health's shape, for alerting — not for a load balancer: readiness
 * ({@code /health/ready}) leaves them out on purpose.
 */
@Path("health/dependencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system")
public class DependenciesResource {

    /** The report: UP when every configured dependency answers. */
    @Schema(name = "DependencyReport")
    public static class ReportDto {
        @Schema(description = "DOWN (with HTTP 503) when at least one dependency is DOWN; UP otherwise (NOT_CONFIGURED"
                + " ones count as up)", example = "DOWN", enumeration = {"UP", "DOWN"})
        public String status;
        @Schema(type = SchemaType.ARRAY, implementation = CheckDto.class,
                description = "Every dependency, configured or not, by name")
        public List<CheckDto> checks;
    }

    /** One dependency as this instance sees it. */
    @Schema(name = "DependencyCheck")
    public static class CheckDto {
        @Schema(description = "Which dependency: mail (the SMTP server), document-store or virus-scanner (clamd)",
                example = "mail")
        public String name;
        @Schema(description = "UP when it answered, DOWN when it did not (in time), NOT_CONFIGURED when this instance"
                + " is set up without it", example = "DOWN", enumeration = {"UP", "DOWN", "NOT_CONFIGURED"})
        public String status;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Since when it has been in this state,"
                + " as seen by this instance (at most since it started)", example = "2026-11-30T09:14:30Z")
        public Instant since;
        @Schema(type = SchemaType.STRING, format = "date-time",
                description = "When it was asked (for this answer: just now)", example = "2026-11-30T09:15:00Z")
        public Instant checkedAt;
        @Schema(description = "Why it is down; absent unless the status is DOWN",
                example = "ConnectException: Connection refused")
        public String error;
    }

    @EJB
    private DependencyMonitor monitor;

    @GET
    @Operation(operationId = "dependencyHealth", summary = "SMTP, the document store and clamd as this instance"
            + " sees them, each with since when", description = "Each is asked now. 200 when every configured one"
            + " answers, 503 when one does not. An outage of these is absorbed (mail waits in the outbox, uploads"
            + " answer 503 with Retry-After, documents wait for their scan): alert on it, do not take the instance"
            + " out of a load balancer for it. Public: no token needed.")
    @APIResponse(responseCode = "200", description = "All up", content = @Content(schema = @Schema(ref = "DependencyReport")))
    @APIResponse(responseCode = "503", description = "At least one is down",
            content = @Content(schema = @Schema(ref = "DependencyReport")))
    public Response check() {
        ReportDto report = new ReportDto();
        report.checks = monitor.check().stream().map(d -> {
            CheckDto c = new CheckDto();
            c.name = d.name();
            c.status = d.state().name();
            c.since = d.since();
            c.checkedAt = d.checkedAt();
            c.error = d.fault();
            return c;
        }).toList();
        boolean down = report.checks.stream().anyMatch(c -> c.status.equals("DOWN"));
        report.status = down ? "DOWN" : "UP";
        return Response.status(down ? 503 : 200).entity(report).build();
    }
}
