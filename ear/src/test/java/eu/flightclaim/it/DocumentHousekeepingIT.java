package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.flightclaim.files.domain.model.document.TestFiles;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Document jobs: key rotation. */
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
}
