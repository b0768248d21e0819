package eu.flightclaim.api.batch;

import eu.flightclaim.claims.application.system.BatchJobs;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JobExecution", description = "One execution of a batch job")
public class JobExecutionDto {

    @Schema(example = "3")
    public long id;
    @Schema(example = "reference-data-import")
    public String jobName;
    @Schema(description = "STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED", example = "COMPLETED")
    public String status;
    @Schema(example = "COMPLETED")
    public String exitStatus;
    public Instant created;
    public Instant started;
    public Instant ended;
    @Schema(description = "Failed or stopped: can be restarted from its last checkpoint")
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
