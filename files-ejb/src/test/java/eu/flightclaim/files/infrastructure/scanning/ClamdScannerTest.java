package eu.flightclaim.files.infrastructure.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The clamd client against a real clamd with the EICAR and clamav-testfiles signatures. */
class ClamdScannerTest {

    private static ClamdTestDaemon clamd;
    private static ClamdScanner scanner;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(ClamdTestDaemon.installed(), "clamav-daemon and clamav-testfiles (installed by .ci/run)");
        clamd = new ClamdTestDaemon(Files.createDirectories(Path.of("target", "clamd-test")));
        scanner = new ClamdScanner("127.0.0.1", clamd.port(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        if (clamd != null) {
            clamd.close();
        }
    }

    @Test
    void findsEicarAndTheTestSamplesInsideArchivesAndPassesCleanFiles() throws IOException {
        assertTrue(scanner.ping());
        ClamdScanner.Verdict eicar = scanner.scan(new ByteArrayInputStream(ClamdTestDaemon.EICAR));
        assertFalse(eicar.clean());
        assertEquals("Eicar-Test-Signature.UNOFFICIAL", eicar.signature());
        try (InputStream zip = Files.newInputStream(ClamdTestDaemon.TEST_FILES.resolve("clam.zip"))) {
            assertFalse(scanner.scan(zip).clean(), "the sample inside the zip");
        }
        byte[] clean = new byte[3 * 1024 * 1024]; // several INSTREAM chunks
        new Random(7).nextBytes(clean);
        assertTrue(scanner.scan(new ByteArrayInputStream(clean)).clean());
    }

    @Test
    void aMissingClamdIsAnErrorNotAVerdict() {
        ClamdScanner nobody = new ClamdScanner("127.0.0.1", 1, Duration.ofSeconds(1));
        assertFalse(nobody.ping());
        assertThrows(IOException.class, () -> nobody.scan(new ByteArrayInputStream(new byte[10])));
    }
}
