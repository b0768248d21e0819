package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The documents benchmark at concurrency (docs/benchmarks.md), not part of the suite: 8 clients upload
 * distinct 2 MiB JPEGs through the API (receive, sniff, hash, encrypt, store, record) for 15 s, then 8
 * clients PUT the same size raw to the same WebDAV server; then the same for downloads (API: read,
 * decrypt; raw: GET). Run with {@code FC_BENCH=1 mvn verify -Dit.test=DocumentConcurrencyBenchIT
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}; against a Nextcloud, add {@code
 * FC_IT_STORE=nextcloud} and the {@code FC_IT_NEXTCLOUD_*} variables ({@link DocumentServer}). Each
 * customer's documents go four to a claim, as passengers upload a few per claim. The virus scan is off
 * for the document type during the run (it reads each document back: a separate pipeline). It asserts
 * that every request succeeded, not timings.
 */
class DocumentConcurrencyBenchIT extends EarDeployment {

    private static final int CLIENTS = 8;
    private static final int SIZE = 2 << 20;
    private static final int PER_CLAIM = 4;
    private static final int CLAIMS_PER_CLIENT = 100;
    /**
     * A server that has run for a while: after 5 s of uploads GCM still ran C1 code (without its
     * intrinsic); after 20 s, and still after 60 s, C2 took a third of the server's CPU compiling.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(120);
    private static final Duration MEASURED = Duration.ofSeconds(15);

    private static final HttpClient API = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One client's work: its token, its claims, its documents uploaded. */
    private record Customer(String token, List<String> claims, List<String> documents, byte[] image,
            java.util.concurrent.atomic.AtomicInteger uploads) {
    }

    @Test
    void eightClientsUploadAndDownloadTwoMebibyteDocumentsThroughTheApiAndRaw() throws Exception {
        Assumptions.assumeTrue(System.getenv("FC_BENCH") != null, "a benchmark: FC_BENCH=1 to run it");
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
        IntegrationStack.setServerConfig("FC_STORAGE_QUOTA_BYTES", Long.toString(1L << 40));
        Database.single("UPDATE file_validation_rule SET scan_required = FALSE WHERE document_type = 'other' RETURNING 1");
        DocumentServer dav = IntegrationStack.documentServer();
        String raw = "raw-" + System.nanoTime() + "/";
        dav.dav().createDirectory(dav.url() + raw);
        try {
            List<Customer> customers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                customers.add(customer(c));
            }
            List<String> rawNames = new CopyOnWriteArrayList<>();
            ClosedLoop.Request apiUpload = (c, i) -> upload(customers.get(c), i);
            ClosedLoop.Request rawUpload = (c, i) -> {
                String name = raw + "c" + c + "-" + System.nanoTime() + ".jpg";
                HttpResponse<Void> r = RAW.send(dav.request(name).PUT(HttpRequest.BodyPublishers.ofByteArray(
                        distinct(customers.get(c).image(), c, i))).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(201, r.statusCode(), "raw PUT " + name);
                rawNames.add(name);
            };
            ClosedLoop.Request apiDownload = (c, i) -> {
                List<String> docs = customers.get(c).documents();
                HttpResponse<byte[]> r = API.send(Http.request("/api/v1/documents/" + docs.get(i % docs.size())
                        + "/content", customers.get(c).token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode());
                assertEquals(SIZE, r.body().length);
            };
            ClosedLoop.Request rawDownload = (c, i) -> {
                String name = rawNames.get((c * 7919 + i) % rawNames.size());
                HttpResponse<byte[]> r = RAW.send(dav.request(name).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode());
                assertEquals(SIZE, r.body().length);
            };
            // warm-up (the server's JIT, the connections), then measured, side by side
            run(apiUpload, WARM_UP);
            run(rawUpload, Duration.ofSeconds(5));
            ClosedLoop.Result apiUp = run(apiUpload, MEASURED);
            ClosedLoop.Result rawUp = run(rawUpload, MEASURED);
            run(apiDownload, WARM_UP);
            run(rawDownload, Duration.ofSeconds(5));
            ClosedLoop.Result apiDown = run(apiDownload, MEASURED);
            ClosedLoop.Result rawDown = run(rawDownload, MEASURED);
            System.out.printf("%nBENCH store %s, %d clients, %d MiB each%n", dav.user() == null ? "Tomcat WebDAV"
                    : "Nextcloud", CLIENTS, SIZE >> 20);
            System.out.printf("BENCH upload   API %s | raw PUT %s | ratio %.2f%n", apiUp.describe(), rawUp.describe(),
                    apiUp.rate() / rawUp.rate());
            System.out.printf("BENCH download API %s | raw GET %s | ratio %.2f%n", apiDown.describe(),
                    rawDown.describe(), apiDown.rate() / rawDown.rate());
        } finally {
            IntegrationStack.setServerConfig("FC_STORAGE_QUOTA_BYTES", Long.toString(IntegrationStack.DOCUMENT_QUOTA_BYTES));
            Database.single("UPDATE file_validation_rule SET scan_required = TRUE WHERE document_type = 'other' RETURNING 1");
            dav.dav().delete(dav.url() + raw);
        }
    }

    /** A signed-in customer with claims ready, and a JPEG's worth of bytes of its own. */
    private static Customer customer(int client) throws Exception {
        String token = MagicLinkSignInIT.signIn("bench-" + client + "-" + System.nanoTime() + "@example.com")
                .getString("accessToken");
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS_PER_CLIENT; i++) {
            Http.Reply r = Http.send(Http.request("/api/v1/claims", token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + System.nanoTime())
                    .POST(HttpRequest.BodyPublishers.ofString(ClaimSubmissionIT.claim("FRA", "JFK", "LH",
                            "LH" + (1000 + i), "Bench-" + client + "-" + System.nanoTime(), "DE89370400440532013000",
                            true))).build());
            assertEquals(201, r.status(), r.body());
            claims.add(r.json().getString("id"));
        }
        byte[] image = new byte[SIZE];
        new Random(client).nextBytes(image);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(jpeg, 0, image, 0, jpeg.length);
        return new Customer(token, claims, new CopyOnWriteArrayList<>(), image, new java.util.concurrent.atomic.AtomicInteger());
    }

    /** The image made distinct by the client and request numbers (so no upload is a duplicate). */
    private static byte[] distinct(byte[] image, int client, int sequence) {
        byte[] copy = Arrays.copyOf(image, image.length);
        ByteBuffer.wrap(copy, 16, 16).putLong(client).putLong(sequence ^ System.nanoTime());
        return copy;
    }

    private static void upload(Customer customer, int sequence) {
        String claim = customer.claims().get((customer.uploads().getAndIncrement() / PER_CLAIM) % customer.claims().size());
        Http.Reply r = DocumentUploadIT.upload(customer.token(), claim, "other", "scan.jpg",
                distinct(customer.image(), 0, sequence));
        assertEquals(201, r.status(), r.body());
        customer.documents().add(r.json().getString("id"));
    }

    private static ClosedLoop.Result run(ClosedLoop.Request request, Duration length) throws Exception {
        return ClosedLoop.run(CLIENTS, request, length);
    }
}
