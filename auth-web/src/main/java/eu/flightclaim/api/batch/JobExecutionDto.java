package eu.flightclaim.api.batch;

import eu.flightclaim.claims.application.system.BatchJobs;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JobExecution", description = "One execution of a batch job")
public class JobExecutionDto {

    @Schema(type = SchemaType.INTEGER, format = "int64",
            description = "The execution's id, for the executions/{id} operations", example = "3")
    public long id;
    @Schema(description = "The job: reference-data-import, claim-follow-up, document-rescan, document-key-rotation"
            + " or document-housekeeping", example = "reference-data-import")
    public String jobName;
    @Schema(description = "The Jakarta Batch status: STARTING or STARTED while it runs, STOPPING while it is being"
            + " stopped, then COMPLETED, FAILED, STOPPED or ABANDONED", example = "COMPLETED",
            enumeration = {"STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED"})
    public String status;
    @Schema(description = "The exit status: the batch status it ended with, as none of these jobs sets its own;"
            + " may be absent until it ends", example = "COMPLETED")
    public String exitStatus;
    @Schema(type = SchemaType.STRING, format = "date-time", description = "When the execution was created (asked for)",
            example = "2026-11-30T02:00:00Z")
    public Instant created;
    @Schema(type = SchemaType.STRING, format = "date-time", description = "When it began to run; absent before",
            example = "2026-11-30T02:00:01Z")
    public Instant started;
    @Schema(type = SchemaType.STRING, format = "date-time",
            description = "When it ended (completed, failed or stopped); absent while it runs",
            example = "2026-11-30T02:03:27Z")
    public Instant ended;
    @Schema(description = "True when failed or stopped: it may be restarted from its last checkpoint (the batch"
            + " runtime restarts only a job's newest execution)", example = "false")
    public boolean restartable;

    static JobExecutionDto of(BatchJobs.Execution e) {
        JobExecutionDto dto = new JobExecutionDto();
        dto.id = e.id();
        dto.jobName = e.jobName();
        dto.status = e.status();
        dto.exitStatus = e.exitStatus();
        dto.created = e.created();
        dto.started = e.started();
        dto.ended = e.ended();
        dto.restartable = e.restartable();
        return dto;
    }
}
