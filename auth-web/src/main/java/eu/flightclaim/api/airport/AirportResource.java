package eu.flightclaim.api.airport;

import eu.flightclaim.api.Paging;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.application.reference.AirportService;
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

/** Airports by IATA code, and prefix search. Public: the eligibility check needs them before sign-in. */
@Path("airports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference-data")
public class AirportResource {

    @EJB
    private AirportService airports;

    @GET
    @Path("{iata}")
    @Operation(operationId = "getAirport", summary = "One airport by IATA code",
            description = "Returns one airport by its IATA code. Public: no token needed. 404 when no airport has the"
                    + " code.")
    @APIResponse(responseCode = "200", description = "The airport",
            content = @Content(schema = @Schema(ref = "Airport")))
    @APIResponse(responseCode = "404", description = "No airport has this code")
    public AirportDto get(@Parameter(description = "IATA code", example = "FRA") @PathParam("iata") String iata) {
        return airports.find(iata).map(AirportDto::of)
                .orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "No airport has the IATA code '" + iata + "'."));
    }

    @GET
    @Operation(operationId = "searchAirports", summary = "Search airports",
            description = "Prefix search over IATA code, name and city, by code. Public: no token needed.")
    @APIResponse(responseCode = "200", description = "One page of matches",
            content = @Content(schema = @Schema(ref = "AirportPage")))
    @APIResponse(responseCode = "400", description = "q shorter than 2 characters, or bad paging")
    public AirportPageDto search(
            @Parameter(description = "At least 2 characters", example = "fra", required = true) @QueryParam("q") String q,
            @Parameter(description = "Page, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        if (q == null || q.isBlank() || q.trim().length() < AirportService.MIN_QUERY_LENGTH) {
            throw ApiProblem.invalid("q", "must have at least " + AirportService.MIN_QUERY_LENGTH + " characters");
        }
        if (q.length() > 100) {
            throw ApiProblem.invalid("q", "must have at most 100 characters");
        }
        Paging paging = Paging.of(page, size);
        return AirportPageDto.of(airports.search(q, paging.page(), paging.size()));
    }
}
