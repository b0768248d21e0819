package eu.flightclaim.api.email;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TestEmailRequest")
public class TestEmailRequest {

    @NotBlank
    @Email
    @Size(max = 320)
    @Schema(description = "Where to send the test email", example = "ops@example.com", required = true)
    public String to;
}
