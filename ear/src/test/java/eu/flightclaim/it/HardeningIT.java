package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a careless client or an attacker meets at the edge: answers that say nothing about the
 * server, problem+json for every error the application can see, no-store and nosniff on API
 * answers, no WADL, and uploads that break off leaving nothing behind. The generated input is
 * {@link ApiFuzzIT}'s; these are the fixed points around it.
 */
class HardeningIT extends InApiWorld {

    /** A request sent byte for byte (what HTTP clients refuse to send); the raw answer. */
    static String raw(String request) {
        URI base = URI.create(IntegrationStack.httpBase());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNamesNoServer(String what, String answer) {
        String lower = answer.toLowerCase();
        assertFalse(lower.contains("payara") || lower.contains("glassfish") || lower.contains("grizzly")
                || lower.contains("\nserver:") || lower.contains("x-powered-by"), what + " names the server:\n" + answer);
    }

    @Test
    void noAnswerNamesTheServerOrItsVersion() {
        for (String path : List.of("/api/v1/info", "/api/v1/airports/XYZ", "/nothing/here", "/admin/login.xhtml",
                "/admin/nothing.xhtml", "/health/ready", "/openapi", "/api/docs/")) {
            assertNamesNoServer(path, raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        }
        // a method no servlet takes, on a path that normalises out of the API: problem+json, not the container's page
        String traversal = raw("PATCH /api/v1/claims/..%2F..%2Fetc HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n");
        assertNamesNoServer("PATCH traversal", traversal);
        assertTrue(traversal.contains("application/problem+json"), traversal);
        // what the container refuses before any application sees it: a bare 400 that says nothing about it
        for (String malformed : List.of("GET /api/v1/airports/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/v1/info HTTP/1.1\r\nHost: localhost\r\nX-Name: caf\u00e9\u00ff\r\nConnection: close\r\n\r\n")) {
            String answer = raw(malformed);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertNamesNoServer(malformed, answer);
        }
    }

    @Test
    void requestsTheContainerUsedToRefuseReachTheApplication() {
        // a GET with a body is answered (the body is ignored)
        String get = raw("GET /api/v1/airports/FRA HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 7\r\nConnection: close\r\n\r\n{\"a\":1}");
        assertTrue(get.startsWith("HTTP/1.1 200"), get);
        // a 10 KB query string gets the API's answer
        Http.Reply longQuery = Http.get("/api/v1/airports?q=" + "a".repeat(10_000));
        assertProblem(longQuery, 400, "invalid-input");
        // an unknown charset is a 415, not a failure deep in the body reader
        Http.Reply charset = Http.send(Http.request("/api/v1/eligibility", null)
                .header("Content-Type", "application/json; charset=bogus").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertProblem(charset, 415, "unsupported-media-type");
    }

    @Test
    void apiAnswersAreNotCachedNorSniffedAndThereIsNoWadl() {
        for (Http.Reply r : List.of(Http.get("/api/v1/info"), Http.get("/api/v1/claims", world.customerA.token()),
                Http.get("/api/v1/nothing"), Http.post("/api/v1/auth/staff/login", null, "{\"email\":\"x@y.z\",\"password\":\"p\"}"),
                Http.post("/api/v1/admin/documents/" + world.documentId + "/share-links", world.reviewer.token(), null))) {
            assertEquals("nosniff", r.raw().headers().firstValue("X-Content-Type-Options").orElse(""), r.body());
            assertEquals("no-store", r.raw().headers().firstValue("Cache-Control").orElse(""), r.body());
        }
        assertEquals("public, max-age=300", Http.get("/api/v1/auth/jwks").raw().headers().firstValue("Cache-Control")
                .orElse(""), "the public key set may be cached");
        assertProblem(Http.get("/api/v1/application.wadl"), 404, "not-found");
        Http.Reply options = Http.send(Http.request("/api/v1/admin/emails", null)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertFalse(options.contentType().contains("wadl") || options.body().contains("wadl"), options.body());
    }

    @Test
    void aJsonBodyOfTheWrongTypeIsA400NamingIt() {
        for (String body : List.of("null", "[]", "\"text\"", "7")) {
            Http.Reply r = Http.post("/api/v1/admin/documents/" + world.documentId + "/share-links", world.reviewer.token(),
                    body);
            assertProblem(r, 400, "invalid-input");
            assertTrue(r.json().getJsonArray("errors").getJsonObject(0).getString("field").equals("body"), r.body());
        }
        Http.Reply nested = Http.post("/api/v1/eligibility", null, "{\"legs\": [null], \"disruption\": \"DELAY\"}");
        assertProblem(nested, 400, "invalid-input");
        assertTrue(nested.body().contains("legs[0]") && nested.body().contains("must be an object"), nested.body());
    }

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        Http.Reply name = Http.post("/api/v1/claims", world.customerA.token(), ClaimSubmissionIT.claim("FRA", "JFK", "LH",
                "LH400", "Love\\u0000lace", "DE89 3704 0044 0532 0130 00", true));
        assertProblem(name, 400, "invalid-input");
        assertTrue(name.body().contains("passengers[0].lastName"), name.body());
        Http.Reply message = Http.post("/api/v1/claims/" + world.claimId + "/messages", world.customerA.token(),
                "{\"body\": \"Line one\\nline two\\ttabbed\"}");
        assertEquals(201, message.status(), "a message may have lines and tabs: " + message.body());
        assertProblem(Http.post("/api/v1/claims/" + world.claimId + "/messages", world.customerA.token(),
                "{\"body\": \"bell\\u0007\"}"), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/admin/emails?recipient=a%00b", world.admin.token()), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/airlines?q=%1B%5B31m"), 400, "invalid-input");
    }

    @Test
    void anUploadThatBreaksOffIsA400AndLeavesNothingBehind() throws IOException {
        long documentsBefore = Database.count("SELECT count(*) FROM document WHERE claim_id = '" + world.claimId + "'");
        long objectsBefore = files(IntegrationStack.webDav().root);
        byte[] png = ApiWorld.png();
        String boundary = "cutoff";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + png.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(png, 0, body, head.length, png.length); // and no closing boundary
        Http.Reply cut = Http.send(Http.request("/api/v1/claims/" + world.claimId + "/documents?type=other",
                world.customerA.token()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertProblem(cut, 400, "malformed-request");
        assertEquals(documentsBefore, Database.count("SELECT count(*) FROM document WHERE claim_id = '"
                + world.claimId + "'"), "no record");
        assertEquals(objectsBefore, files(IntegrationStack.webDav().root), "no stored object");
        Path uploads = Path.of(System.getProperty("fc.work.dir")).resolve("uploads");
        assertEquals(0, Files.isDirectory(uploads) ? files(uploads) : 0, "no temporary file");
    }

    /** The objects under a store root. */
    static long files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
