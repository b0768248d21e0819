package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.document.TestFiles;
import eu.flightclaim.files.infrastructure.scanning.ClamdTestDaemon;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Virus scanning with a real clamd: clean files validated, EICAR rejected and quarantined, a clamd outage caught up. */
class DocumentScanIT extends EarDeployment {

    @BeforeAll
    static void clamd() {
        Assumptions.assumeTrue(IntegrationStack.clamd() != null, "clamd is installed by .ci/run");
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
    }

    @Test
    void cleanFilesAreValidatedAndEicarIsRejectedQuarantinedAndExplained() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH430", "Scan-" + System.nanoTime());
        String clean = DocumentUploadIT.upload(c[1], c[2], "boarding_pass", "bp.pdf", TestFiles.pdf(1)).json()
                .getString("id");
        JsonObject validated = DocumentUploadIT.scanned(c[1], clean);
        assertEquals("validated", validated.getString("status"));
        assertEquals("clean", validated.getString("scan"));

        // text/plain is allowed for cancellation notices: the EICAR test string passes every rule but the scan
        var upload = DocumentUploadIT.upload(c[1], c[2], "cancellation_notice", "notice.txt", ClamdTestDaemon.EICAR);
        assertEquals(201, upload.status(), upload.body());
        String infected = upload.json().getString("id");
        JsonObject rejected = DocumentUploadIT.scanned(c[1], infected);
        assertEquals("rejected", rejected.getString("status"));
        assertTrue(rejected.getString("scan").contains("eicar"), rejected.toString());
        assertTrue(Mailbox.text(Mailbox.awaitSubject(c[0], "Your claim " + c[3] + ": a document was not accepted"))
                .contains("malware"));

        assertProblem(Http.get("/api/v1/documents/" + infected + "/content", c[1]), 409, "conflict");
        String reviewer = Staff.token(Staff.create("reviewer"));
        assertProblem(Http.get("/api/v1/documents/" + infected + "/content", reviewer), 409, "conflict");
        assertProblem(Http.get("/api/v1/admin/documents/" + infected + "/quarantine", reviewer), 403, "forbidden");
        String admin = Staff.token(Staff.create("admin"));
        HttpResponse<byte[]> evidence = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                Http.request("/api/v1/admin/documents/" + infected + "/quarantine", admin).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, evidence.statusCode());
        assertEquals("application/octet-stream", evidence.headers().firstValue("Content-Type").orElse(""));
        assertTrue(evidence.headers().firstValue("Content-Disposition").orElse("").contains(".quarantine"));
        assertArrayEquals(ClamdTestDaemon.EICAR, evidence.body());
    }

    @Test
    void documentsUploadedWhileClamdIsDownWaitAndAreScannedByTheRescanJob() throws Exception {
        String[] c = ClaimLifecycleIT.newClaim("LH432", "Later-" + System.nanoTime());
        IntegrationStack.clamd().stop();
        String id;
        try {
            id = DocumentUploadIT.upload(c[1], c[2], "receipt", "r.png", TestFiles.image("png", 50, 50)).json()
                    .getString("id");
            Thread.sleep(1500);
            assertEquals("scanning", Http.get("/api/v1/documents/" + id, c[1]).json().getString("status"));
            assertProblem(Http.get("/api/v1/documents/" + id + "/content", c[1]), 409, "conflict");
        } finally {
            IntegrationStack.clamd().start();
        }
        // the job takes documents waiting for more than a minute: age this one instead of waiting
        Database.single("UPDATE document SET uploaded_at = now() - interval '2 minutes' WHERE id = '" + id
                + "' RETURNING 1");
        assertEquals("COMPLETED", Staff.runJob("document-rescan", Tokens.valid("ops", "admin")).getString("status"));
        assertEquals("validated", Http.get("/api/v1/documents/" + id, c[1]).json().getString("status"));
    }
}
