package eu.flightclaim.api.privacy;

import eu.flightclaim.api.input.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureDecision", description = "Staff's decision on an erasure request")
public class ErasureDecision {

    @NotNull
    @Pattern(regexp = "carry-out|refuse", message = "must be carry-out or refuse")
    @Schema(description = "carry-out: erase now what no claim needs, restrict the rest until its retention ends;"
            + " refuse: keep everything, saying why in note", enumeration = {"carry-out", "refuse"}, required = true,
            example = "carry-out")
    public String decision;

    @MultiLine
    @Size(max = 2000)
    @Schema(description = "What the customer is told; required to refuse", maxLength = 2000,
            example = "Erased. Claim FC-2026-000042 is kept until 2029-06-30 in case of a court case, then erased.")
    public String note;
}
