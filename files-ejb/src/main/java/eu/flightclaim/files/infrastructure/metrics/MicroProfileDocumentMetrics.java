package eu.flightclaim.files.infrastructure.metrics;

import eu.flightclaim.files.application.DocumentMetrics;
import eu.flightclaim.files.infrastructure.batch.JobRunMetrics;
import eu.flightclaim.files.infrastructure.persistence.ClusterRunTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/** The documents' counters in the server's MicroProfile Metrics registry (Prometheus at {@code /metrics}, scope {@code application}). */
@ApplicationScoped
public class MicroProfileDocumentMetrics implements DocumentMetrics {

    @Inject
    private MetricRegistry registry;

    /** Every series at zero from the start: a dashboard and an alert see a rate of 0, not "no data". */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (UploadResult r : UploadResult.values()) {
            uploads(r);
        }
        for (ScanResult r : ScanResult.values()) {
            scans(r);
        }
        uploadTime();
        uploadSize();
        for (String task : ClusterRunTable.TASKS) {
            for (String outcome : List.of("ran", "skipped")) {
                ClusterRunTable.runs(registry, task, outcome);
            }
        }
        for (String job : List.of("document-rescan", "document-key-rotation", "document-housekeeping")) {
            for (String outcome : List.of("completed", "failed", "stopped")) {
                JobRunMetrics.runs(registry, job, outcome);
            }
        }
    }

    @Override
    public void upload(UploadResult result, long bytes, long nanos) {
        uploads(result).inc();
        uploadTime().update(Duration.ofNanos(nanos));
        if (result == UploadResult.STORED) {
            uploadSize().update(bytes);
        }
    }

    @Override
    public void scanned(ScanResult result) {
        scans(result).inc();
    }

    private Counter uploads(UploadResult result) {
        return registry.counter(Metadata.builder().withName("flightclaim_document_uploads")
                .withDescription("Uploads by result: stored, duplicate, refused (type, size, rule, quota), incomplete,"
                        + " store unavailable").build(), new Tag("result", result.name().toLowerCase(Locale.ROOT)));
    }

    private Timer uploadTime() {
        return registry.timer(Metadata.builder().withName("flightclaim_document_upload")
                .withDescription("Time from an upload's first byte to its answer").withUnit(MetricUnits.SECONDS).build());
    }

    private Histogram uploadSize() {
        return registry.histogram(Metadata.builder().withName("flightclaim_document_upload_size")
                .withDescription("Size of the documents stored").withUnit(MetricUnits.BYTES).build());
    }

    private Counter scans(ScanResult result) {
        return registry.counter(Metadata.builder().withName("flightclaim_document_scans")
                .withDescription("Virus scans by result (failed: clamd could not be asked; the document waits)").build(),
                new Tag("result", result.name().toLowerCase(Locale.ROOT)));
    }
}
