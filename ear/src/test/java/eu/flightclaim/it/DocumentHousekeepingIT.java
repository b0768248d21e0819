package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.document.TestFiles;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Document jobs: key rotation, purge and reconciliation. */
class DocumentHousekeepingIT extends EarDeployment {

    private static final String OPS = Tokens.valid("ops-docs", "admin");

    @BeforeAll
    static void ready() {
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
    }

    @Test
    void rotatingTheKeyRewrapsEveryDataKeyAndContentStaysReadable() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH434", "Keys-" + System.nanoTime());
        byte[] pdf = TestFiles.pdf(1);
        String id = DocumentUploadIT.upload(c[1], c[2], "other", "k.pdf", pdf).json().getString("id");
        assertEquals("itdoc1", Database.single("SELECT kek_id FROM document WHERE id = '" + id + "'"));
        String newKey = IntegrationStack.documentKey("itdoc2");
        try {
            IntegrationStack.setServerConfig("FC_DOCUMENT_KEYS", newKey + "," + IntegrationStack.DOCUMENT_KEYS);
            assertEquals("COMPLETED", Staff.runJob("document-key-rotation", OPS).getString("status"));
            assertEquals("itdoc2", Database.single("SELECT kek_id FROM document WHERE id = '" + id + "'"));
            assertEquals(0L, Database.count("SELECT count(*) FROM document WHERE kek_id = 'itdoc1'"), "all rewrapped");

            IntegrationStack.setServerConfig("FC_DOCUMENT_KEYS", newKey); // the old key retired
            assertArrayEquals(pdf, DocumentUploadIT.download(c[1], id, null).body());
        } finally {
            // later test classes upload with the run's key again; both stay readable
            IntegrationStack.setServerConfig("FC_DOCUMENT_KEYS", IntegrationStack.DOCUMENT_KEYS + "," + newKey);
        }
    }

    @Test
    void housekeepingPurgesOldDeletionsRemovesOrphansAndReportsMissingObjects() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH436", "Tidy-" + System.nanoTime());
        var dav = IntegrationStack.webDav();
        String purged = DocumentUploadIT.upload(c[1], c[2], "other", "old.pdf", TestFiles.pdf(1)).json().getString("id");
        String lost = DocumentUploadIT.upload(c[1], c[2], "other", "lost.pdf", TestFiles.pdf(2)).json().getString("id");
        assertEquals(200, Http.call("DELETE", "/api/v1/documents/" + purged, c[1], null, null).status());
        Database.single("UPDATE document SET deleted_at = now() - interval '40 days' WHERE id = '" + purged + "' RETURNING 1");
        java.nio.file.Files.delete(DocumentUploadIT.storedObject(lost)); // its object vanished
        java.nio.file.Path claimDir = DocumentUploadIT.storedObject(purged).getParent();
        java.nio.file.Path orphan = claimDir.resolve(java.util.UUID.randomUUID().toString()); // an upload that died
        java.nio.file.Files.write(orphan, new byte[] {1, 2, 3});
        java.nio.file.Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(Duration.ofHours(2))));
        java.nio.file.Path young = claimDir.resolve(java.util.UUID.randomUUID().toString()); // one in flight
        java.nio.file.Files.write(young, new byte[] {4});

        assertEquals("COMPLETED", Staff.runJob("document-housekeeping", OPS).getString("status"));
        assertEquals(0L, Database.count("SELECT count(*) FROM document WHERE id = '" + purged + "'"));
        assertEquals(false, java.nio.file.Files.exists(claimDir.resolve(purged)));
        assertEquals(false, java.nio.file.Files.exists(orphan), "the orphan is removed");
        assertEquals(true, java.nio.file.Files.exists(young), "a young object may be an upload in flight");
        String findings = Http.get("/api/v1/admin/documents/storage-findings", OPS).body();
        assertTrue(findings.contains("\"missing_object\"") && findings.contains(lost), findings);
        assertTrue(findings.contains("\"orphan_removed\"") && findings.contains(orphan.getFileName().toString()));
        assertTrue(findings.contains("\"purged\""));
        assertEquals(1L, Database.count("SELECT count(*) FROM document WHERE id = '" + lost + "'"), "records stay");
        java.nio.file.Files.delete(young);
    }

    @Test
    void housekeepingReadsDocumentsBackAndReportsDamagedObjectsOnce() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH437", "Intact-" + System.nanoTime());
        var dav = IntegrationStack.webDav();
        String intact = DocumentUploadIT.upload(c[1], c[2], "other", "a.pdf", TestFiles.pdf(1)).json().getString("id");
        String flipped = DocumentUploadIT.upload(c[1], c[2], "other", "b.pdf", TestFiles.pdf(2)).json().getString("id");
        String cut = DocumentUploadIT.upload(c[1], c[2], "other", "c.pdf", TestFiles.pdf(3)).json().getString("id");
        // the rest of the run's documents were read back: this claim's three are next in line
        Database.single("WITH d AS (UPDATE document SET verified_at = now() WHERE claim_id <> '" + c[2]
                + "' RETURNING 1) SELECT count(*) FROM d");
        // changed through the WebDAV server, as a faulty store would serve them (Tomcat caches what is on disk)
        String flippedUrl = dav.url() + Database.single("SELECT storage_key FROM document WHERE id = '" + flipped + "'");
        String cutUrl = dav.url() + Database.single("SELECT storage_key FROM document WHERE id = '" + cut + "'");
        byte[] bytes = davGet(flippedUrl);
        bytes[bytes.length / 2] ^= 0x01; // one bit changed: the same size
        davPut(flippedUrl, bytes);
        byte[] whole = davGet(cutUrl);
        davPut(cutUrl, java.util.Arrays.copyOf(whole, whole.length - 100));

        assertEquals("COMPLETED", Staff.runJob("document-housekeeping", OPS).getString("status"));
        jakarta.json.JsonArray findings = jakarta.json.Json.createReader(new java.io.StringReader(
                Http.get("/api/v1/admin/documents/storage-findings", OPS).body())).readArray();
        java.util.Map<String, String> damaged = new java.util.HashMap<>();
        findings.getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(f -> "damaged_object".equals(f.getString("kind")))
                .forEach(f -> damaged.put(f.getString("documentId"), f.getString("detail")));
        assertTrue(damaged.get(flipped).startsWith("fails authentication when read back"), damaged.toString());
        assertTrue(damaged.get(cut).startsWith("the store holds " + (whole.length - 100) + " bytes"), damaged.toString());
        assertTrue(!damaged.containsKey(intact), "an intact document is not reported: " + damaged);
        assertEquals(3L, Database.count("SELECT count(*) FROM document WHERE claim_id = '" + c[2]
                + "' AND verified_at IS NOT NULL"), "all three were read back");

        assertEquals("COMPLETED", Staff.runJob("document-housekeeping", OPS).getString("status"));
        assertEquals(2L, Database.count("SELECT count(*) FROM storage_finding WHERE kind = 'DAMAGED_OBJECT'"
                + " AND document_id IN ('" + flipped + "', '" + cut + "')"), "each reported once");
        assertEquals(3L, Database.count("SELECT count(*) FROM document WHERE claim_id = '" + c[2] + "'"),
                "damaged documents are kept");
    }

    private static byte[] davGet(String url) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    private static void davPut(String url, byte[] body) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url)).PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(204, r.statusCode(), url);
    }
}
