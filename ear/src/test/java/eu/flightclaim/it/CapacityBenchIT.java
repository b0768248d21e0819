package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * One instance's capacity for the operations docs/scaling.md builds on: eligibility checks, claim
 * submissions and a console page, each against the ceiling of the same run (a trivial JAX-RS
 * resource). A benchmark: {@code FC_BENCH=1 mvn verify -pl ear -Dit.test=CapacityBenchIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. Uploads are {@link DocumentConcurrencyBenchIT}'s. Every
 * request must succeed; it asserts nothing about time.
 */
class CapacityBenchIT extends EarDeployment {

    private static final int CLIENTS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Duration MEASURED = Duration.ofSeconds(20);
    private static final HttpClient API = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ELIGIBILITY = """
            {"legs": [{"from": "FCO", "to": "BRU", "carrier": "SN", "flightNumber": "SN3182", "date": "2026-06-01"},
                      {"from": "BRU", "to": "HAM", "carrier": "SN", "flightNumber": "SN2639", "date": "2026-06-01"}],
             "disruption": {"type": "DELAY", "arrivalDelayMinutes": 200, "cause": "NONE"}}""";

    @Test
    void eightClientsCheckEligibilitySubmitClaimsAndReadTheConsoleAgainstTheCeiling() throws Exception {
        Assumptions.assumeTrue(System.getenv("FC_BENCH") != null, "a benchmark: FC_BENCH=1 to run it");
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
        List<String> passengers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            passengers.add(MagicLinkSignInIT.signIn("capacity-" + c + "-" + System.nanoTime() + "@example.com")
                    .getString("accessToken"));
        }
        List<HttpClient> consoles = new ArrayList<>();
        String reviewer = Staff.create("reviewer");
        for (int c = 0; c < CLIENTS; c++) {
            consoles.add(ConsoleClient.signedIn(IntegrationStack.httpBase(), reviewer, Staff.PASSWORD));
        }

        ClosedLoop.Request ceiling = (c, i) -> expect(200, API, Http.request("/api/v1/info", null).build());
        ClosedLoop.Request eligibility = (c, i) -> expect(200, API, Http.request("/api/v1/eligibility", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ELIGIBILITY)).build());
        ClosedLoop.Request submission = (c, i) -> expect(201, API, Http.request("/api/v1/claims", passengers.get(c))
                .header("Content-Type", "application/json").header("Idempotency-Key", "capacity-" + System.nanoTime())
                .POST(HttpRequest.BodyPublishers.ofString(ClaimSubmissionIT.claim("FRA", "JFK", "LH", "LH400",
                        "Capacity-" + c + "-" + System.nanoTime(), "DE89370400440532013000", true))).build());
        ClosedLoop.Request consolePage = (c, i) -> assertEquals(200, ConsoleClient.page(consoles.get(c),
                IntegrationStack.httpBase() + "/admin/claims.xhtml").status());

        StringBuilder report = new StringBuilder();
        ClosedLoop.Result top = measure("ceiling GET /api/v1/info", ceiling, null, report);
        measure("eligibility POST /api/v1/eligibility (two legs)", eligibility, top, report);
        measure("claim submission POST /api/v1/claims", submission, top, report);
        measure("console GET /admin/claims.xhtml (25 rows)", consolePage, top, report);
        System.out.println(report);
    }

    private static ClosedLoop.Result measure(String name, ClosedLoop.Request request, ClosedLoop.Result ceiling,
            StringBuilder report) throws Exception {
        ClosedLoop.run(CLIENTS, request, WARM_UP);
        ClosedLoop.Result r = ClosedLoop.run(CLIENTS, request, MEASURED);
        report.append(String.format("BENCH %s: %s%s%n", name, r.describe(),
                ceiling == null ? "" : String.format(", %.3f of the ceiling", r.rate() / ceiling.rate())));
        return r;
    }

    private static void expect(int status, HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), () -> request.uri() + ": " + r.body());
    }

}
