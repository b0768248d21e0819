package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Requests that race on the same thing: each gets a clean answer (the change, its replay, or a 409
 * problem saying what happened), never a 5xx, and the data stays as if they had come one by one.
 */
class ConcurrentRequestsIT extends InApiWorld {

    /** Sends {@code n} requests at the same moment (released together), returns their answers. */
    static List<Http.Reply> race(int n, IntFunction<Http.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Reply>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> a : answers) {
                replies.add(a.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOnly(List<Http.Reply> replies, Set<Integer> statuses, String what) {
        for (Http.Reply r : replies) {
            assertTrue(statuses.contains(r.status()), what + ": " + r.status() + " " + r.body());
            if (r.status() >= 400) {
                assertTrue(r.contentType().startsWith("application/problem+json"), what + ": " + r.contentType());
            }
        }
    }

    private static Http.Reply submit(String key, String body) {
        return Http.send(Http.request("/api/v1/claims", world.customerA.token()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String claimBody(String lastName) {
        return ClaimSubmissionIT.claim("FRA", "JFK", "LH", "LH400", lastName, "DE89 3704 0044 0532 0130 00", true);
    }

    @Test
    void tenParallelSubmissionsWithOneKeyMakeOneClaimAndReplayItToTheRest() throws Exception {
        String key = "race-" + System.nanoTime();
        String body = claimBody("Racer" + System.nanoTime());
        List<Http.Reply> replies = race(10, i -> submit(key, body));
        assertOnly(replies, Set.of(201, 409), "same key, same body");
        long created = replies.stream().filter(r -> r.status() == 201
                && "false".equals(r.raw().headers().firstValue("Idempotent-Replayed").orElse(""))).count();
        assertEquals(1, created, "exactly one submission creates the claim");
        Set<String> ids = new java.util.HashSet<>();
        for (Http.Reply r : replies) {
            if (r.status() == 201) {
                ids.add(r.json().getString("id"));
            } else {
                assertTrue(r.raw().headers().firstValue("Retry-After").isPresent(), "an in-flight 409 says when: " + r.body());
            }
        }
        assertEquals(1, ids.size(), "every replay names the one claim");
        assertEquals(1, Database.count("SELECT count(*) FROM claim c JOIN claim_passenger p ON p.claim_id = c.id"
                + " WHERE p.last_name = '" + body.replaceAll("(?s).*\"lastName\": \"([^\"]+)\".*", "$1") + "'"));
        // and a retry afterwards is a replay too
        Http.Reply later = submit(key, body);
        assertEquals(201, later.status(), later.body());
        assertEquals("true", later.raw().headers().firstValue("Idempotent-Replayed").orElse(""));
    }

    @Test
    void fiveParallelSubmissionsWithOneKeyAndDifferentBodiesMakeOneClaim() throws Exception {
        String key = "race-diff-" + System.nanoTime();
        long stamp = System.nanoTime();
        List<Http.Reply> replies = race(5, i -> submit(key, claimBody("Differ" + stamp + "x" + i)));
        assertOnly(replies, Set.of(201, 409, 422), "same key, different bodies");
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), "one claim, the rest 422 (or 409 in flight)");
        assertEquals(1, Database.count("SELECT count(*) FROM claim_passenger WHERE last_name LIKE 'Differ" + stamp + "x%'"));
    }

    @Test
    void racingResendsOfOneEmailQueueItOnce() throws Exception {
        long email = Database.count("SELECT max(id) FROM email_outbox WHERE template = 'claim-submitted'");
        List<Http.Reply> replies = race(4, i -> Http.post("/api/v1/admin/emails/" + email + "/resend",
                world.admin.token(), null));
        assertOnly(replies, Set.of(202, 409), "resend");
        assertTrue(replies.stream().anyMatch(r -> r.status() == 202), "one resend goes through");
    }

    @Test
    void racingChangesOfOneClaimEachGetTheChangeOrAConflict() throws Exception {
        String claim = world.claimId;
        String token = world.customerA.token();
        assertOnly(race(4, i -> Http.call("PATCH", "/api/v1/claims/" + claim, token,
                "{\"contact\": {\"phone\": \"+49 30 100000" + i + "\"}}", null)), Set.of(200, 409), "customer edits");
        assertOnly(race(4, i -> Http.post("/api/v1/admin/claims/" + claim + "/assign", world.reviewer.token(), null)),
                Set.of(200, 409), "assign");
        assertOnly(race(4, i -> Http.call("PUT", "/api/v1/admin/claims/" + claim + "/compensation", world.admin.token(),
                "{\"amount\": \"30" + i + ".00\", \"currency\": \"EUR\", \"reason\": \"race " + i + "\"}", null)),
                Set.of(200, 409), "compensation override");
        List<Http.Reply> moves = race(4, i -> Http.post("/api/v1/admin/claims/" + claim + "/transitions",
                world.admin.token(), "{\"to\": \"under_review\"}"));
        assertOnly(moves, Set.of(200, 409), "transition");
        assertEquals(1, moves.stream().filter(r -> r.status() == 200).count(), "the claim moves once");
        assertEquals(1, Database.count("SELECT count(*) FROM claim_event WHERE claim_id = '" + claim
                + "' AND to_status = 'UNDER_REVIEW'"), "one history entry for one move");
    }

    @Test
    void racingChangesOfDocumentsLinksStaffAndSessionsAreCleanToo() throws Exception {
        String doc = world.documentId;
        assertOnly(race(4, i -> Http.post("/api/v1/admin/documents/" + doc + "/review", world.reviewer.token(),
                "{\"decision\": \"approved\"}")), Set.of(200, 409), "document review");
        assertOnly(race(4, i -> Http.call("DELETE", "/api/v1/admin/documents/" + doc + "/share-links/" + world.shareLinkId,
                world.reviewer.token(), null, null)), Set.of(204, 404, 409), "share link revocation");
        assertOnly(race(4, i -> Http.call("PUT", "/api/v1/admin/staff/" + world.staffId + "/roles",
                world.superadmin.token(), i % 2 == 0 ? "{\"roles\": [\"admin\"]}" : "{\"roles\": [\"reviewer\"]}", null)),
                Set.of(200, 409), "staff roles");
        assertOnly(race(4, i -> Http.post("/api/v1/admin/staff/" + world.staffId + "/disable", world.superadmin.token(),
                null)), Set.of(200, 204, 409), "disable");
        assertOnly(race(4, i -> Http.call("DELETE", "/api/v1/auth/sessions/" + world.sessionIdOfA,
                world.customerA.token(), null, null)), Set.of(204, 404, 409), "session revocation");
        assertOnly(race(4, i -> Http.call("DELETE", "/api/v1/documents/" + doc, world.customerA.token(), null, null)),
                Set.of(200, 204, 404, 409), "document deletion");
    }
}
