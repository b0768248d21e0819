package eu.flightclaim.api.system;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "Who the bearer token says the caller is")
public class MeDto {

    @Schema(description = "The token's subject: a customer's id (a UUID), or staff:{id} for a member of staff",
            example = "3f2b8c1e-5d4a-4b7e-9c61-2a0e5f8d7b10")
    public String subject;
    @Schema(description = "The token's upn: the email address the caller signed in with", example = "ada@example.com")
    public String name;
    /** The token's groups (roles) */
    @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "The token's groups (roles), in"
            + " alphabetical order: customer for a customer; reviewer, admin and/or superadmin for staff, or only"
            + " totp-enrolment while a member of staff must set up two-factor sign-in first")
    public List<String> groups;
}
