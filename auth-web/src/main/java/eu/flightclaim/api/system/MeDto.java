package eu.flightclaim.api.system;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "Who the bearer token says the caller is")
public class MeDto {

    @Schema(description = "The token's subject", example = "customer-42")
    public String subject;
    @Schema(description = "The token's upn (email)", example = "ada@example.com")
    public String name;
    /** The token's groups (roles) */
    public List<String> groups;
}
