package eu.flightclaim.api.system;

import eu.flightclaim.claims.application.system.SystemInfo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("info")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system")
public class InfoResource {

    @Inject
    private SystemInfo systemInfo;

    @GET
    @Operation(summary = "Version, build time and git commit of the running build",
            description = "Returns the version, build time and git commit of the running build; changes nothing."
                    + " Public: no token needed.")
    @APIResponse(responseCode = "200", description = "The running build",
            content = @Content(schema = @Schema(ref = "Info")))
    public InfoDto info() {
        SystemInfo.BuildInfo build = systemInfo.build();
        InfoDto dto = new InfoDto();
        dto.version = build.version();
        dto.buildTime = build.buildTime();
        dto.commit = build.commit();
        return dto;
    }
}
