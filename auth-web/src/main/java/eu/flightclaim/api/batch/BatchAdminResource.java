package eu.flightclaim.api.batch;

import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.claims.application.system.BatchJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Batch jobs for staff: recent executions, start, restart. */
@Path("admin/batch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "admin-batch")
public class BatchAdminResource {

    @EJB
    private BatchJobs jobs;

    @GET
    @Path("executions")
    @Operation(summary = "The newest executions of every job, newest first",
            description = "Lists the 50 newest executions of all batch jobs, newest first, with status and times. For"
                    + " admin and superadmin; changes nothing.")
    @APIResponse(responseCode = "200", description = "Newest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "JobExecution")))
    public List<JobExecutionDto> executions() {
        return jobs.recentExecutions(50).stream().map(JobExecutionDto::of).toList();
    }

    @GET
    @Path("executions/{id}")
    @Operation(summary = "One execution",
            description = "Returns one batch job execution with its status and times. For admin and superadmin;"
                    + " changes nothing. 404 when no execution has this id.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "JobExecution")))
    public JobExecutionDto execution(@PathParam("id") long id) {
        return JobExecutionDto.of(jobs.execution(id));
    }

    @POST
    @Path("jobs/{job}/start")
    @Operation(summary = "Start a job",
            description = "Starts a new execution of the named job (reference-data-import, claim-follow-up,"
                    + " document-rescan, document-key-rotation or document-housekeeping) and answers 202 while it"
                    + " runs. For admin and superadmin. 404 when no job has this name.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(ref = "JobExecution")))
    @APIResponse(responseCode = "404", description = "No such job")
    public Response start(@Parameter(example = BatchJobs.REFERENCE_DATA_IMPORT) @PathParam("job") String job) {
        return Response.accepted(JobExecutionDto.of(jobs.execution(jobs.start(job)))).build();
    }

    @POST
    @Path("executions/{id}/restart")
    @Operation(summary = "Restart a failed or stopped execution from its last checkpoint",
            description = "Restarts a failed or stopped execution from its last checkpoint, as a new execution, and"
                    + " answers 202 while it runs. For admin and superadmin. 404 for an unknown execution id; 409"
                    + " when the execution is not failed or stopped, or the batch runtime refuses the restart (for"
                    + " example, not the job's newest execution).")
    @APIResponse(responseCode = "202", description = "Restarted",
            content = @Content(schema = @Schema(ref = "JobExecution")))
    @APIResponse(responseCode = "409", description = "Not restartable")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(JobExecutionDto.of(jobs.execution(jobs.restart(id)))).build();
    }
}
