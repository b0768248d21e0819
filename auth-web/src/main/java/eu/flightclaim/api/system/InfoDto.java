package eu.flightclaim.api.system;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Info", description = "The running build")
public class InfoDto {

    @Schema(description = "The application's version (the Maven project version); unknown when not built by Maven",
            example = "0.1.0")
    public String version;
    @Schema(description = "When the build ran (UTC)", example = "2026-11-21T23:59:00Z")
    public String buildTime;
    @Schema(description = "Git commit the build was made from", example = "1a2b3c4")
    public String commit;
}
