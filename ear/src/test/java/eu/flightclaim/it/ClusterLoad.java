package eu.flightclaim.it;

import eu.flightclaim.files.domain.model.document.TestFiles;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The cluster test's load: one client per signed-in passenger, each submitting claims, uploading a
 * document to each and having a reviewer take it under review, through the load balancer, as fast as
 * the answers come. Each operation is retried as a careful client would while an instance dies: the
 * submission with the same {@code Idempotency-Key}, the upload with the same bytes (a second copy is a
 * duplicate), the transition until the claim is under review. Counts what it sent, what failed and
 * what was recovered by a retry; remembers every claim it was told was created.
 */
final class ClusterLoad {

    /** Operations that never succeeded within this many attempts are counted as lost. */
    private static final int ATTEMPTS = 30;
    private static final Duration BETWEEN_ATTEMPTS = Duration.ofMillis(500);

    final AtomicLong requests = new AtomicLong();
    final AtomicLong failedRequests = new AtomicLong();
    final AtomicLong operations = new AtomicLong();
    final AtomicLong recoveredOperations = new AtomicLong();
    final AtomicLong lostOperations = new AtomicLong();
    final AtomicLong uploads = new AtomicLong();
    /** Requests that failed, by second since the load started: the outage, as the clients saw it. */
    final ConcurrentHashMap<Long, AtomicLong> failuresBySecond = new ConcurrentHashMap<>();
    /** Every claim a client was told was created: id → the Idempotency-Key it was submitted with. */
    final ConcurrentHashMap<String, String> createdClaims = new ConcurrentHashMap<>();
    /** Answers no retry can help (a 4xx the operation does not expect): the test fails on any. */
    final java.util.Queue<String> unexpected = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** The claims taken under review. */
    final Set<String> underReview = ConcurrentHashMap.newKeySet();

    private final String base;
    private final List<String> passengerTokens;
    private final String reviewerToken;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService clients;
    private long startedNanos;
    private final byte[] document;
    private final long runNonce = System.currentTimeMillis() % 1_000_000;
    private final AtomicLong names = new AtomicLong();

    ClusterLoad(String base, List<String> passengerTokens, String reviewerToken) throws Exception {
        this.base = base;
        this.passengerTokens = passengerTokens;
        this.reviewerToken = reviewerToken;
        this.document = TestFiles.pdf(1);
    }

    void start() {
        running.set(true);
        startedNanos = System.nanoTime();
        clients = Executors.newFixedThreadPool(passengerTokens.size());
        for (String token : passengerTokens) {
            clients.submit(() -> {
                while (running.get()) {
                    oneClaim(token);
                }
                return null;
            });
        }
    }

    /** Stops the clients: each finishes the operation it is in (its requests time out after 30 s). */
    void stop() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
            clients.shutdownNow();
            throw new IllegalStateException("the load's clients did not stop");
        }
    }

    long secondsSinceStart() {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos);
    }

    private void oneClaim(String token) {
        String key = "cluster-" + UUID.randomUUID();
        // a passenger of its own: the same name on the same flight from another account is refused
        String lastName = "Load-" + runNonce + "-" + names.incrementAndGet();
        HttpResponse<String> created = operation(() -> send(HttpRequest.newBuilder(URI.create(base + "/api/v1/claims"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(ClaimSubmissionIT.claim(
                        "FRA", "JFK", "LH", "LH400", lastName, "DE89370400440532013000", true))).build()),
                r -> r.statusCode() == 201 || r.statusCode() == 200);
        if (created == null) {
            return;
        }
        String claimId = jsonField(created.body(), "id");
        createdClaims.put(claimId, key);

        HttpResponse<String> uploaded = operation(() -> send(upload(token, claimId)),
                r -> r.statusCode() == 201 || r.statusCode() == 200);
        if (uploaded != null) {
            uploads.incrementAndGet();
        }
        // a retry of a transition that did happen is refused as a conflict: the claim is under review
        HttpResponse<String> moved = operation(() -> send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/claims/"
                + claimId + "/transitions")).header("Authorization", "Bearer " + reviewerToken)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"under_review\"}")).build()),
                r -> r.statusCode() == 200 || r.statusCode() == 409);
        if (moved != null) {
            underReview.add(claimId);
        }
    }

    /** One operation, retried while the answer is a failure (no answer, 5xx); null when it never succeeded. */
    private HttpResponse<String> operation(Supplier<HttpResponse<String>> attempt,
            java.util.function.Predicate<HttpResponse<String>> success) {
        operations.incrementAndGet();
        boolean failedOnce = false;
        for (int i = 0; i < ATTEMPTS; i++) {
            HttpResponse<String> r = attempt.get();
            if (r != null && success.test(r)) {
                if (failedOnce) {
                    recoveredOperations.incrementAndGet();
                }
                return r;
            }
            if (r != null && r.statusCode() < 500) {
                unexpected.add(r.statusCode() + " " + r.request().uri().getPath() + ": " + r.body());
                return null;
            }
            failedOnce = true;
            failuresBySecond.computeIfAbsent(secondsSinceStart(), s -> new AtomicLong()).incrementAndGet();
            sleep(BETWEEN_ATTEMPTS);
        }
        lostOperations.incrementAndGet();
        return null;
    }

    /** The answer, or null when the connection failed or timed out (counted as a failed request). */
    private HttpResponse<String> send(HttpRequest request) {
        requests.incrementAndGet();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 500) {
                failedRequests.incrementAndGet();
            }
            return r;
        } catch (java.io.IOException e) {
            failedRequests.incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private HttpRequest upload(String token, String claimId) {
        String boundary = "----fc" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ticket.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(document);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/claims/" + claimId + "/documents?type=other"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static String jsonField(String json, String field) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject().getString(field);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
