package eu.flightclaim.api.airline;

import eu.flightclaim.api.Paging;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.application.reference.AirlineService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Airlines by IATA code, and prefix search. Public, like airports. */
@Path("airlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference-data")
public class AirlineResource {

    @EJB
    private AirlineService airlines;

    @GET
    @Path("{iata}")
    @Operation(operationId = "getAirline", summary = "One airline by IATA code",
            description = "Returns one airline by its IATA code. Public: no token needed. 404 when no airline has the"
                    + " code.")
    @APIResponse(responseCode = "200", description = "The airline", content = @Content(schema = @Schema(ref = "Airline")))
    @APIResponse(responseCode = "404", description = "No airline has this code")
    public AirlineDto get(@Parameter(description = "IATA code", example = "LH") @PathParam("iata") String iata) {
        return airlines.find(iata).map(AirlineDto::of)
                .orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "No airline has the IATA code '" + iata + "'."));
    }

    @GET
    @Operation(operationId = "searchAirlines", summary = "Search airlines",
            description = "Prefix search over IATA code and name; all airlines without q. Public: no token needed.")
    @APIResponse(responseCode = "200", description = "One page of matches",
            content = @Content(schema = @Schema(ref = "AirlinePage")))
    @APIResponse(responseCode = "400", description = "Bad paging or q over 100 characters")
    public AirlinePageDto search(
            @Parameter(description = "Code or name prefix", example = "luf") @QueryParam("q") String q,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        if (q != null && q.length() > 100) {
            throw ApiProblem.invalid("q", "must have at most 100 characters");
        }
        Paging paging = Paging.of(page, size);
        return AirlinePageDto.of(airlines.search(q, paging.page(), paging.size()));
    }
}
