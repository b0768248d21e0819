package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The documents benchmark (docs/benchmarks.md), not part of the suite: run with
 * {@code FC_BENCH=1 mvn verify -Dit.test=DocumentThroughputBenchIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * (against a Nextcloud: add {@code FC_IT_STORE=nextcloud} and the {@code FC_IT_NEXTCLOUD_*} variables, see
 * {@link DocumentServer}).
 * A 1 GiB file through the API (upload: sniff, hash, encrypt, WebDAV PUT; download: GET, decrypt)
 * against a raw WebDAV PUT and GET of the same bytes to the same server, in the same run, with the
 * server's heap (-Xmx512m) sampled throughout. It asserts that the bytes come back, not timings.
 */
class DocumentThroughputBenchIT extends EarDeployment {

    private static final long SIZE = 1L << 30;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void oneGibibyteUpAndDownThroughTheApiAndRaw() throws Exception {
        Assumptions.assumeTrue(System.getenv("FC_BENCH") != null, "a benchmark: FC_BENCH=1 to run it");
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
        Path file = Path.of(System.getProperty("fc.work.dir"), "bench-1gib.bin");
        if (!Files.exists(file) || Files.size(file) != SIZE) {
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] block = new byte[1 << 20]; // random bytes: sniffed as application/octet-stream
                Random random = new Random(42);
                for (long written = 0; written < SIZE; written += block.length) {
                    random.nextBytes(block);
                    out.write(block, 0, (int) Math.min(block.length, SIZE - written));
                }
            }
        }
        String expected = sha256(Files.newInputStream(file));
        IntegrationStack.setServerConfig("FC_STORAGE_QUOTA_BYTES", Long.toString(4 * SIZE));
        // opaque bytes are no document type's content: the benchmark allows them in the database
        Database.single("UPDATE file_validation_rule SET allowed_mime_types = 'application/octet-stream', max_size_bytes = "
                + SIZE + ", max_pdf_pages = NULL, scan_required = FALSE WHERE document_type = 'other' RETURNING 1");
        DocumentServer dav = IntegrationStack.documentServer();
        try (HeapSampler heap = new HeapSampler()) {
            for (int round = 1; round <= 2; round++) { // round 1 warms the server's JIT up; round 2 is reported
                String[] c = ClaimLifecycleIT.newClaim("LH49" + round, "Bench-" + System.nanoTime());
                long t0 = System.nanoTime();
                HttpResponse<Void> put = CLIENT.send(dav.request("raw.bin")
                        .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.discarding());
                double rawPut = seconds(t0);
                assertEquals(true, put.statusCode() == 201 || put.statusCode() == 204, "raw PUT " + put.statusCode());
                t0 = System.nanoTime();
                HttpResponse<InputStream> get = CLIENT.send(dav.request("raw.bin").GET()
                        .build(), HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(expected, sha256(get.body()));
                double rawGet = seconds(t0);

                String boundary = "----bench";
                byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\""
                        + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
                byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
                heap.reset();
                t0 = System.nanoTime();
                HttpResponse<String> up = CLIENT.send(Http.request("/api/v1/claims/" + c[2] + "/documents?type=other", c[1])
                        .timeout(Duration.ofMinutes(10)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(java.util.Collections
                                .enumeration(java.util.List.of(new java.io.ByteArrayInputStream(head), uncheckedOpen(file),
                                        new java.io.ByteArrayInputStream(tail)))))).build(),
                        HttpResponse.BodyHandlers.ofString());
                double apiUp = seconds(t0);
                long upHeap = heap.max();
                assertEquals(201, up.statusCode(), up.body());
                String id = new Http.Reply(up.statusCode(), "application/json", up.body(), up).json().getString("id");
                heap.reset();
                t0 = System.nanoTime();
                HttpResponse<InputStream> down = CLIENT.send(Http.request("/api/v1/documents/" + id + "/content", c[1])
                        .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(expected, sha256(down.body()));
                double apiDown = seconds(t0);
                long downHeap = heap.max();
                double mib = SIZE / 1048576.0;
                System.out.printf("%nBENCH round %d: raw PUT %.1f s (%.0f MiB/s), raw GET %.1f s (%.0f MiB/s)%n", round,
                        rawPut, mib / rawPut, rawGet, mib / rawGet);
                System.out.printf("BENCH round %d: API upload %.1f s (%.0f MiB/s, %.0f%% of raw PUT), max heap used %d MiB%n",
                        round, apiUp, mib / apiUp, 100 * rawPut / apiUp, upHeap >> 20);
                System.out.printf("BENCH round %d: API download %.1f s (%.0f MiB/s, %.0f%% of raw GET), max heap used %d MiB%n",
                        round, apiDown, mib / apiDown, 100 * rawGet / apiDown, downHeap >> 20);
            }
            System.out.printf("BENCH heap samples %d, lowest heap used %d MiB, -Xmx512m%n", heap.samples(),
                    heap.min() >> 20);
        } finally {
            IntegrationStack.setServerConfig("FC_STORAGE_QUOTA_BYTES", Long.toString(IntegrationStack.DOCUMENT_QUOTA_BYTES));
            Database.single("UPDATE file_validation_rule SET allowed_mime_types = 'application/pdf,image/jpeg,image/png',"
                    + " max_size_bytes = 10485760, max_pdf_pages = 20, scan_required = TRUE WHERE document_type = 'other'"
                    + " RETURNING 1");
        }
    }

    private static InputStream uncheckedOpen(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream d = new DigestInputStream(in, md)) {
            d.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Samples the server's used heap every 300 ms with asadmin generate-jvm-report. */
    private static final class HeapSampler implements AutoCloseable {
        private static final Pattern USED = Pattern.compile("Heap Memory Usage:.*?uses at this time: ([\\d,]+) Bytes",
                Pattern.DOTALL);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong min = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong samples = new AtomicLong();
        private final Thread thread;

        HeapSampler() {
            thread = new Thread(() -> {
                while (running.get()) {
                    String report = IntegrationStack.admin("generate-jvm-report", "--type=memory");
                    Matcher m = USED.matcher(report);
                    if (m.find()) {
                        long used = Long.parseLong(m.group(1).replace(",", ""));
                        max.accumulateAndGet(used, Math::max);
                        min.accumulateAndGet(used, Math::min);
                        samples.incrementAndGet();
                    } else if (samples.get() == 0) {
                        System.out.println("BENCH unparsed memory report: " + report);
                    }
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.start();
        }

        void reset() {
            max.set(0);
        }

        long max() {
            return max.get();
        }

        long min() {
            return min.get();
        }

        long samples() {
            return samples.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
