package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.document.TestFiles;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Documents through the API on the deployed EAR: upload, detect, encrypt, store, read back, refuse. */
class DocumentUploadIT extends EarDeployment {

    @BeforeAll
    static void ready() {
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
    }

    @Test
    void aCustomerDownloadsEverythingWeHoldAboutThemAndAnAdminCanProduceTheSameAudited() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH436", "Export-" + System.nanoTime());
        byte[] pdf = TestFiles.pdf(2);
        byte[] png = ApiWorld.png();
        String pdfId = upload(c[1], c[2], "other", "receipt.pdf", pdf).json().getString("id");
        String pngId = upload(c[1], c[2], "boarding_pass", "pass.png", png).json().getString("id");
        scanned(c[1], pdfId);
        scanned(c[1], pngId);

        byte[] own = zip("/api/v1/account/data-export", c[1]);
        java.util.Map<String, byte[]> files = unzip(own);
        JsonObject data = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(files.get("personal-data.json")))
                .readObject();
        assertEquals(c[0], data.getJsonObject("account").getString("email"));
        JsonObject claim = data.getJsonArray("claims").getJsonObject(0);
        assertEquals(c[3], claim.getString("reference"));
        assertEquals("DE89370400440532013000", claim.getJsonObject("payout").getString("iban"), "the full IBAN: it is theirs");
        assertEquals("Ada", claim.getJsonArray("passengers").getJsonObject(0).getString("firstName"));
        assertEquals("LH436", claim.getJsonArray("flights").getJsonObject(0).getString("flightNumber"));
        assertTrue(claim.getJsonArray("history").size() >= 1);
        for (var doc : claim.getJsonArray("documents").getValuesAs(JsonObject.class)) {
            byte[] expected = doc.getString("id").equals(pdfId) ? pdf : doc.getString("id").equals(pngId) ? png : null;
            if (expected != null) {
                assertArrayEquals(expected, files.get(doc.getString("file")), doc.toString());
            }
        }
        assertTrue(files.keySet().stream().filter(n -> n.startsWith("documents/")).count() >= 2, files.keySet().toString());

        String[] other = ClaimLifecycleIT.newClaim("LH438", "Other-" + System.nanoTime());
        String theirs = new String(unzip(zip("/api/v1/account/data-export", other[1])).get("personal-data.json"),
                StandardCharsets.UTF_8);
        assertFalse(theirs.contains(c[3]) || theirs.contains(c[0]), "one customer's export holds nothing of another's");

        String reviewer = Staff.token(Staff.create("reviewer"));
        assertProblem(Http.get("/api/v1/admin/claims/" + c[2] + "/customer-data-export", reviewer), 403, "forbidden");
        String adminEmail = Staff.create("admin");
        byte[] forStaff = zip("/api/v1/admin/claims/" + c[2] + "/customer-data-export", Staff.token(adminEmail));
        assertEquals(c[0], jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(unzip(forStaff)
                .get("personal-data.json"))).readObject().getJsonObject("account").getString("email"));
        assertEquals(1L, Database.count("SELECT count(*) FROM audit_log WHERE action = 'customer.data-exported'"
                + " AND actor = '" + adminEmail + "'"), "the staff export is audited");
    }

    @Test
    void aCustomerMayDownloadTheirDataAFewTimesAnHourThenIsToldWhenToComeBack() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH436", "Exports-" + System.nanoTime());
        notNearTheHour(Duration.ofSeconds(30));
        for (int i = 0; i < IntegrationStack.DATA_EXPORTS_PER_HOUR; i++) {
            zip("/api/v1/account/data-export", c[1]);
        }
        Http.Reply refused = Http.get("/api/v1/account/data-export", c[1]);
        assertProblem(refused, 429, "too-many-requests");
        long retryAfter = Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3601, "Retry-After " + retryAfter);
        String[] other = ClaimLifecycleIT.newClaim("LH438", "Exports-" + System.nanoTime());
        zip("/api/v1/account/data-export", other[1]); // per customer: another one is not held back
        String adminEmail = Staff.create("admin");
        zip("/api/v1/admin/claims/" + c[2] + "/customer-data-export", Staff.token(adminEmail)); // nor staff, audited
    }

    /** Waits past the next full hour when it is nearer than {@code needed}: rate limits count per clock hour. */
    static void notNearTheHour(Duration needed) throws InterruptedException {
        long hour = Duration.ofHours(1).toMillis();
        long left = hour - System.currentTimeMillis() % hour;
        if (left < needed.toMillis()) {
            Thread.sleep(left + 1000);
        }
    }

    /** A zip the API answers, after checking it is one to save. */
    private static byte[] zip(String path, String token) {
        HttpRequest request = Http.request(path, token).GET().build();
        try {
            HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static Http.Reply upload(String token, String claimId, String type, String fileName, byte[] content) {
        return upload("", token, claimId, type, fileName, content);
    }

    /** An upload to the server at {@code base} ("" for the integration-test server). */
    static Http.Reply upload(String base, String token, String claimId, String type, String fileName, byte[] content) {
        String boundary = "----fc" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Http.send(Http.request(base + "/api/v1/claims/" + claimId + "/documents?type=" + type, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A customer's boarding pass (a 320 × 200 PNG) on their claim, scanned; returns the document's id. */
    static String scannedBoardingPass(String token, String claimId) throws java.io.IOException {
        Http.Reply uploaded = upload(token, claimId, "boarding_pass", "boarding-pass.png",
                eu.flightclaim.files.domain.model.document.TestFiles.image("png", 320, 200));
        org.junit.jupiter.api.Assertions.assertEquals(201, uploaded.status(), uploaded.body());
        String id = uploaded.json().getString("id");
        scanned(token, id);
        return id;
    }

    /** Waits until the document left SCANNING (scans are asynchronous) and returns it. */
    static JsonObject scanned(String token, String documentId) {
        return Await.until("document " + documentId + " scanned", Duration.ofSeconds(30), () -> {
            JsonObject d = Http.get("/api/v1/documents/" + documentId, token).json();
            return "scanning".equals(d.getString("status")) ? null : d;
        });
    }

    static HttpResponse<byte[]> download(String token, String documentId, String range) throws Exception {
        scanned(token, documentId);
        HttpRequest.Builder b = Http.request("/api/v1/documents/" + documentId + "/content", token).GET();
        if (range != null) {
            b.header("Range", range);
        }
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aMessageCarriesADocumentOfItsOwnClaimOnly() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH412", "Attach-" + System.nanoTime());
        String[] other = ClaimLifecycleIT.newClaim("LH414", "Other-" + System.nanoTime());
        String mine = upload(c[1], c[2], "receipt", "taxi.pdf", TestFiles.pdf(1)).json().getString("id");
        String theirs = upload(other[1], other[2], "receipt", "hotel.pdf", TestFiles.pdf(1)).json().getString("id");
        Http.Reply sent = Http.post("/api/v1/claims/" + c[2] + "/messages", c[1],
                "{\"body\": \"The taxi receipt\", \"documentId\": \"" + mine + "\"}");
        assertEquals(201, sent.status(), sent.body());
        assertEquals(mine, sent.json().getString("documentId"));
        JsonObject listed = Http.get("/api/v1/claims/" + c[2] + "/messages", c[1]).jsonStructure().asJsonArray()
                .getJsonObject(0);
        assertEquals(mine, listed.getString("documentId"));
        for (String bad : new String[] {theirs, "not-a-uuid", java.util.UUID.randomUUID().toString()}) {
            Http.Reply refused = Http.post("/api/v1/claims/" + c[2] + "/messages", c[1],
                    "{\"body\": \"x\", \"documentId\": \"" + bad + "\"}");
            assertProblem(refused, 400, "invalid-input");
            assertTrue(refused.body().contains("documentId"), refused.body());
        }
        assertEquals(1, Http.get("/api/v1/claims/" + c[2] + "/messages", c[1]).jsonStructure().asJsonArray().size(),
                "a refused message is not written");
    }

    @Test
    void pdfJpegAndPngComeBackByteForByteAndAreStoredEncrypted() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH410", "Docs-" + System.nanoTime());
        for (Object[] file : new Object[][] {{TestFiles.pdf(2), "application/pdf", "boarding_pass", "pass.pdf"},
                {TestFiles.image("jpg", 640, 480), "image/jpeg", "id_document", "passport.jpg"},
                {TestFiles.image("png", 400, 300), "image/png", "receipt", "taxi receipt.png"}}) {
            byte[] bytes = (byte[]) file[0];
            Http.Reply r = upload(c[1], c[2], (String) file[2], (String) file[3], bytes);
            assertEquals(201, r.status(), r.body());
            JsonObject doc = r.json();
            assertEquals(file[1], doc.getString("contentType"));
            assertEquals(bytes.length, doc.getJsonNumber("size").longValue());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    doc.getString("sha256"));
            assertEquals(file[3], doc.getString("fileName"));

            HttpResponse<byte[]> got = download(c[1], doc.getString("id"), null);
            assertEquals(200, got.statusCode());
            assertArrayEquals(bytes, got.body());
            assertEquals(file[1], got.headers().firstValue("Content-Type").orElse(""));
            assertTrue(got.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));

            Path stored = storedObject(doc.getString("id"));
            assertEquals("documents/" + doc.getString("id").substring(0, 2) + "/" + doc.getString("id"),
                    IntegrationStack.webDav().root.relativize(stored).toString(), "one folder per id prefix");
            byte[] onDisk = Files.readAllBytes(stored);
            assertEquals("FCE1", new String(onDisk, 0, 4, StandardCharsets.US_ASCII), "our encrypted format");
            assertFalse(indexOf(onDisk, Arrays.copyOf(bytes, 16)) >= 0, "no plaintext at rest");
        }
        assertEquals(3, Http.get("/api/v1/claims/" + c[2] + "/documents", c[1]).jsonStructure().asJsonArray().size());
    }

    @Test
    void rangesAreServedFromTheMiddleOfTheEncryptedObject() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH412", "Range-" + System.nanoTime());
        byte[] bytes = TestFiles.image("png", 900, 900); // random-ish pixels: over one 1 MiB segment? not needed
        String id = upload(c[1], c[2], "other", "big.png", bytes).json().getString("id");
        HttpResponse<byte[]> part = download(c[1], id, "bytes=1000-2999");
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(bytes, 1000, 3000), part.body());
        assertEquals("bytes 1000-2999/" + bytes.length, part.headers().firstValue("Content-Range").orElse(""));
        HttpResponse<byte[]> tail = download(c[1], id, "bytes=-100");
        assertArrayEquals(Arrays.copyOfRange(bytes, bytes.length - 100, bytes.length), tail.body());
        assertEquals(416, download(c[1], id, "bytes=" + bytes.length + "-").statusCode());
    }

    @Test
    void theSameFileTwiceIsOneDocument() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH414", "Dup-" + System.nanoTime());
        byte[] pdf = pdf();
        Http.Reply first = upload(c[1], c[2], "booking_confirmation", "a.pdf", pdf);
        Http.Reply again = upload(c[1], c[2], "booking_confirmation", "b.pdf", pdf);
        assertEquals(201, first.status());
        assertEquals(200, again.status());
        assertEquals(first.json().getString("id"), again.json().getString("id"));
    }

    @Test
    void everyRejectionSaysWhyAndStoresNothing() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH416", "Bad-" + System.nanoTime());
        Http.Reply html = upload(c[1], c[2], "boarding_pass", "pass.pdf", TestFiles.html());
        assertProblem(html, 415, "unsupported-media-type");
        assertTrue(html.json().getString("detail").contains("text/html"));
        assertProblem(upload(c[1], c[2], "boarding_pass", "long.pdf", TestFiles.pdf(3)), 422, "document-rejected");
        // a receipt may have 2 MiB: this one is a PDF by its first bytes and is cut off while streaming
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        new Random(1).nextBytes(big);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        assertProblem(upload(c[1], c[2], "receipt", "huge.pdf", big), 413, "payload-too-large");
        byte[] bigger = new byte[3 * 1024 * 1024]; // by its Content-Length: refused before the body is read
        System.arraycopy(big, 0, bigger, 0, big.length);
        Http.Reply early = upload(c[1], c[2], "receipt", "huger.pdf", bigger);
        assertProblem(early, 413, "payload-too-large");
        assertTrue(early.json().getString("detail").startsWith("The request has"), early.body());
        assertProblem(upload(c[1], c[2], "selfie", "x.png", TestFiles.image("png", 10, 10)), 400, "invalid-input");
        assertEquals(0, Http.get("/api/v1/claims/" + c[2] + "/documents", c[1]).jsonStructure().asJsonArray().size());
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("fc.work.dir"), "uploads"))) {
            assertEquals(0, temp.count(), "no temporary file stays behind");
        }
    }

    @Test
    void aCustomerSeesOnlyTheirOwnDocuments() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH418", "Mine-" + System.nanoTime());
        String other = MagicLinkSignInIT.signIn("snoop-" + System.nanoTime() + "@example.com").getString("accessToken");
        String id = upload(c[1], c[2], "other", "x.pdf", pdf()).json().getString("id");
        assertProblem(Http.get("/api/v1/documents/" + id, other), 404, "not-found");
        assertProblem(Http.get("/api/v1/documents/" + id + "/content", other), 404, "not-found");
        assertProblem(upload(other, c[2], "other", "y.pdf", pdf()), 404, "not-found");
        assertProblem(Http.get("/api/v1/claims/" + c[2] + "/documents", other), 404, "not-found");
        String reviewer = Staff.token(Staff.create("reviewer"));
        assertEquals(200, Http.get("/api/v1/documents/" + id, reviewer).status());
        assertEquals(1, Database.count("SELECT count(*) FROM document_access_log WHERE document_id = '" + id
                + "' AND result = 'DENIED'") >= 2 ? 1 : 0, "denied attempts are logged");
    }

    @Test
    void fileNamesAreSanitisedAndTheQuotaHolds() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH420", "Name-" + System.nanoTime());
        String evil = "../../etc/" + "x".repeat(500) + "\u0000.pdf";
        Http.Reply named = upload(c[1], c[2], "other", evil, pdf());
        assertEquals(201, named.status(), named.body());
        JsonObject doc = named.json();
        String name = doc.getString("fileName");
        assertFalse(name.contains("/") || name.contains("..") || name.contains("\u0000"), name);
        assertTrue(name.length() <= 200 && name.endsWith(".pdf"), name);

        // 3 MiB quota (IntegrationStack): two 1.5 MiB+ files do not fit
        byte[] a = TestFiles.image("png", 1000, 520);
        assertTrue(a.length > 1_000_000, "a large PNG: " + a.length);
        int stored = 0;
        Http.Reply last = null;
        for (int i = 0; i < 4 && (last == null || last.status() != 413); i++) {
            byte[] distinct = TestFiles.image("png", 1000, 520 + i);
            last = upload(c[1], c[2], "id_document", "scan" + i + ".png", distinct);
            stored += last.status() == 201 ? 1 : 0;
        }
        assertProblem(last, 413, "payload-too-large");
        assertTrue(last.json().getString("detail").contains(Long.toString(IntegrationStack.DOCUMENT_QUOTA_BYTES)));
        assertTrue(stored >= 1);
    }

    @Test
    void webDavHiccupsAreRetriedAndAWebDavOutageIsA503WithNothingStored() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH422", "Dav-" + System.nanoTime());
        var dav = IntegrationStack.webDav();
        long objectsBefore = HardeningIT.files(dav.root);
        dav.failStatus = 503;
        dav.failNextPuts.set(2);
        int before = dav.puts.get();
        Http.Reply stored = upload(c[1], c[2], "other", "flaky.pdf", TestFiles.pdf(1));
        assertEquals(201, stored.status(), stored.body());
        assertEquals(3, dav.puts.get() - before, "two 503s, then stored once");
        assertEquals(200, download(c[1], stored.json().getString("id"), null).statusCode());

        dav.failNextPuts.set(100); // more than the retries: the store is down
        try {
            Http.Reply down = upload(c[1], c[2], "other", "down.pdf", TestFiles.pdf(2));
            assertProblem(down, 503, "service-unavailable");
            assertTrue(down.raw().headers().firstValue("Retry-After").isPresent());
        } finally {
            dav.failNextPuts.set(0);
        }
        assertEquals(1, Http.get("/api/v1/claims/" + c[2] + "/documents", c[1]).jsonStructure().asJsonArray().size(),
                "no record for the failed upload");
        assertEquals(objectsBefore + 1, HardeningIT.files(dav.root), "and no object");
    }

    @Test
    void theRequestedDocumentArrivingHandsTheClaimBackToTheReviewers() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH424", "Asked-" + System.nanoTime());
        String reviewer = Staff.token(Staff.create("reviewer"));
        Http.post("/api/v1/admin/claims/" + c[2] + "/transitions", reviewer, "{\"to\":\"under_review\"}");
        Http.post("/api/v1/admin/claims/" + c[2] + "/document-requests", reviewer,
                "{\"documentType\":\"boarding_pass\",\"message\":\"Please upload your boarding pass.\"}");
        assertEquals(201, upload(c[1], c[2], "receipt", "r.pdf", TestFiles.pdf(1)).status());
        Thread.sleep(500);
        assertEquals("documents_requested", Http.get("/api/v1/claims/" + c[2], c[1]).json().getString("status"),
                "another type does not answer the request");
        assertEquals(201, upload(c[1], c[2], "boarding_pass", "bp.pdf", TestFiles.pdf(2)).status());
        Await.until("the claim to be resubmitted", Duration.ofSeconds(20),
                () -> "resubmitted".equals(Http.get("/api/v1/claims/" + c[2], c[1]).json().getString("status")));
        Mailbox.awaitSubject(c[0], "Your claim " + c[3] + " is resubmitted");
    }

    @Test
    void aDeadStoreOpensTheCircuitAndUploadsFailFastUntilItAnswersAgain() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH438", "Circuit-" + System.nanoTime());
        var dav = IntegrationStack.webDav();
        dav.failStatus = 503;
        dav.failNextPuts.set(100_000);
        try {
            for (int i = 0; i < 4; i++) { // each one retried, then counted as a failure: 3 of 4 open the circuit
                assertProblem(upload(c[1], c[2], "other", "down" + i + ".pdf", TestFiles.pdf(1)), 503, "service-unavailable");
            }
            int puts = dav.puts.get();
            Http.Reply fast = upload(c[1], c[2], "other", "fast.pdf", TestFiles.pdf(1));
            assertProblem(fast, 503, "service-unavailable");
            assertEquals(puts, dav.puts.get(), "the open circuit keeps uploads away from the dead store");
            long retryAfter = Long.parseLong(fast.raw().headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retryAfter >= 1 && retryAfter <= 5, "the rest left: " + retryAfter);
        } finally {
            dav.failNextPuts.set(0);
        }
        // open for 5 s in the test domain (FC_STORAGE_BREAKER_OPEN_SECONDS, 30 by default), then one trial closes it
        Http.Reply back = Await.until("the circuit to close", Duration.ofSeconds(30), () -> {
            Http.Reply r = upload(c[1], c[2], "other", "back.pdf", pdf());
            return r.status() == 201 ? r : null;
        });
        assertEquals("other", back.json().getString("type"));
    }

    @Test
    void staffReviewRestoreReadTheAccessLogAndAdminsEditRules() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH426", "Staff-" + System.nanoTime());
        String reviewer = Staff.token(Staff.create("reviewer"));
        String admin = Staff.token(Staff.create("admin"));
        String id = upload(c[1], c[2], "id_document", "passport.pdf", TestFiles.pdf(1)).json().getString("id");

        assertProblem(Http.post("/api/v1/admin/documents/" + id + "/review", reviewer, "{\"decision\":\"rejected\"}"),
                400, "invalid-input");
        assertProblem(Http.post("/api/v1/admin/documents/" + id + "/review", c[1], "{\"decision\":\"approved\"}"),
                403, "forbidden");
        JsonObject rejected = Http.post("/api/v1/admin/documents/" + id + "/review", reviewer,
                "{\"decision\":\"rejected\",\"reason\":\"The scan is too blurred to read.\"}").json();
        assertEquals("rejected", rejected.getString("review"));
        assertTrue(Mailbox.text(Mailbox.awaitSubject(c[0], "Your claim " + c[3] + ": a document was not accepted"))
                .contains("The scan is too blurred to read."));

        assertEquals(200, Http.call("DELETE", "/api/v1/documents/" + id, c[1], null, null).status());
        assertProblem(Http.get("/api/v1/documents/" + id, c[1]), 404, "not-found");
        assertProblem(Http.call("DELETE", "/api/v1/documents/" + id, reviewer, null, null), 409, "conflict");
        assertEquals(200, Http.post("/api/v1/admin/documents/" + id + "/restore", reviewer, null).status());
        assertEquals(200, Http.get("/api/v1/documents/" + id, c[1]).status());
        assertProblem(Http.post("/api/v1/admin/documents/" + id + "/restore", reviewer, null), 409, "conflict");

        var log = Http.get("/api/v1/admin/documents/" + id + "/access-log", reviewer).jsonStructure().asJsonArray();
        List<String> actions = log.stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertTrue(actions.containsAll(List.of("upload", "review", "delete", "restore")), actions.toString());

        assertProblem(Http.call("PUT", "/api/v1/admin/validation-rules/other", reviewer, "{}", null), 403, "forbidden");
        assertProblem(Http.call("PUT", "/api/v1/admin/validation-rules/other", admin,
                "{\"allowedMimeTypes\":[\"application/x-msdownload\"],\"maxSizeBytes\":1000}", null),
                400, "invalid-input");
        assertProblem(Http.call("PUT", "/api/v1/admin/validation-rules/selfie", admin,
                "{\"allowedMimeTypes\":[\"image/png\"],\"maxSizeBytes\":1000}", null), 404, "not-found");
        JsonObject rule = Http.call("PUT", "/api/v1/admin/validation-rules/power_of_attorney", admin,
                "{\"allowedMimeTypes\":[\"application/pdf\"],\"maxSizeBytes\":5242880,\"maxPdfPages\":1,"
                        + "\"scanRequired\":true}", null).json();
        assertEquals(1, rule.getInt("maxPdfPages"));
        assertProblem(upload(c[1], c[2], "power_of_attorney", "poa.pdf", TestFiles.pdf(2)), 422, "document-rejected");
        assertProblem(upload(c[1], c[2], "power_of_attorney", "poa.png", TestFiles.image("png", 20, 20)), 415,
                "unsupported-media-type");
    }

    @Test
    void shareLinksWorkUntilRevokedOrExpiredAskForTheirPasswordAndAreLogged() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH428", "Share-" + System.nanoTime());
        String reviewer = Staff.token(Staff.create("reviewer"));
        byte[] pdf = TestFiles.pdf(1);
        String id = upload(c[1], c[2], "delay_certificate", "certificate.pdf", pdf).json().getString("id");
        scanned(c[1], id);
        assertProblem(Http.post("/api/v1/admin/documents/" + id + "/share-links", c[1], null), 403, "forbidden");
        assertProblem(Http.post("/api/v1/admin/documents/" + id + "/share-links", reviewer,
                "{\"expiresAt\":\"2020-01-01T00:00:00Z\"}"), 400, "invalid-input");

        Http.Reply open = Http.post("/api/v1/admin/documents/" + id + "/share-links", reviewer, null);
        assertEquals(201, open.status(), open.body());
        String url = open.json().getString("url");
        assertTrue(url.matches(".*/share/[A-Za-z0-9_-]{43}"), url);
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> got = browser.send(HttpRequest.newBuilder(java.net.URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertArrayEquals(pdf, got.body());

        Http.Reply locked = Http.post("/api/v1/admin/documents/" + id + "/share-links", reviewer,
                "{\"password\":\"for-the-airline-2026\"}");
        String lockedUrl = locked.json().getString("url");
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(java.net.URI.create(lockedUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("type=\"password\""));
        HttpResponse<String> wrong = browser.send(post(lockedUrl, "password=guess"), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        HttpResponse<byte[]> right = browser.send(post(lockedUrl, "password=for-the-airline-2026"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, right.statusCode());
        assertArrayEquals(pdf, right.body());

        long linkId = open.json().getJsonNumber("id").longValue();
        String other = upload(c[1], c[2], "other", "other.pdf", TestFiles.pdf(1)).json().getString("id");
        assertProblem(Http.call("DELETE", "/api/v1/admin/documents/" + other + "/share-links/" + linkId, reviewer,
                null, null), 404, "not-found"); // a link is revoked only through its own document
        assertEquals(204, Http.call("DELETE", "/api/v1/admin/documents/" + id + "/share-links/" + linkId, reviewer,
                null, null).status());
        assertEquals(404, browser.send(HttpRequest.newBuilder(java.net.URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        Database.single("UPDATE share_link SET expires_at = now() - interval '1 minute' WHERE id = "
                + locked.json().getJsonNumber("id").longValue() + " RETURNING 1");
        assertEquals(410, browser.send(post(lockedUrl, "password=for-the-airline-2026"),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(404, browser.send(HttpRequest.newBuilder(java.net.URI.create(url.substring(0, url.length() - 3)
                + "abc")).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode());

        var links = Http.get("/api/v1/admin/documents/" + id + "/share-links", reviewer).jsonStructure().asJsonArray();
        assertEquals(2, links.size());
        var log = Http.get("/api/v1/admin/documents/" + id + "/access-log", reviewer).jsonStructure().asJsonArray()
                .toString();
        assertTrue(log.contains("\"share_use\"") && log.contains("wrong password") && log.contains("expired"), log);
        assertEquals(0, Database.count("SELECT count(*) FROM share_link WHERE token_hash = '"
                + url.substring(url.lastIndexOf('/') + 1) + "'"), "the token itself is not stored");
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(java.net.URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static byte[] pdf() {
        try {
            return TestFiles.pdf(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }


    /** A document's object on the test WebDAV server, wherever the layout put it. */
    static Path storedObject(String documentId) {
        return IntegrationStack.webDav().root.resolve((String) Database.single("SELECT storage_key FROM document WHERE id = '"
                + documentId + "'"));
    }
}
