package eu.flightclaim.files.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.flightclaim.files.domain.model.ValidationRule;
import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import eu.flightclaim.files.domain.model.crypto.SegmentedEncryption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The intake pipeline on real PDF, JPEG, PNG and HTML bytes. */
class DocumentIntakeTest {

    private static final KeyEncryptionKeys KEYS = KeyEncryptionKeys.parse(KeyEncryptionKeys.generate("t1"));
    private static final ValidationRule BOARDING_PASS = new ValidationRule("boarding_pass",
            Set.of("application/pdf", "image/jpeg", "image/png"), 5 * 1024 * 1024, 2, true);
    private final Path temp = Path.of("target", "intake-test");

    private DocumentIntake.Sealed seal(byte[] bytes, ValidationRule rule) throws IOException {
        return DocumentIntake.seal(new ByteArrayInputStream(bytes), rule, KEYS, temp, 4096);
    }

    private static byte[] open(DocumentIntake.Sealed s) throws Exception {
        try (InputStream in = Files.newInputStream(s.file())) {
            SegmentedEncryption.Header h = SegmentedEncryption.readHeader(in);
            return SegmentedEncryption.decrypting(in, KEYS.unwrap(s.wrappedKey()), h, 0).readAllBytes();
        }
    }

    @Test
    void pdfJpegAndPngAreDetectedHashedAndEncrypted() throws Exception {
        for (var file : new Object[][] {{TestFiles.pdf(2), "application/pdf"},
                {TestFiles.image("jpg", 300, 200), "image/jpeg"}, {TestFiles.image("png", 300, 200), "image/png"}}) {
            byte[] bytes = (byte[]) file[0];
            DocumentIntake.Sealed s = seal(bytes, BOARDING_PASS);
            try {
                assertEquals(file[1], s.contentType());
                assertEquals(bytes.length, s.size());
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), s.sha256());
                assertEquals(SegmentedEncryption.ciphertextLength(bytes.length, 4096), s.ciphertextLength());
                assertArrayEquals(bytes, open(s));
                assertEquals("application/pdf".equals(file[1]) ? Integer.valueOf(2) : null, s.pages());
            } finally {
                Files.deleteIfExists(s.file());
            }
        }
    }

    @Test
    void theContentDecidesNotTheName() {
        UploadRejected e = assertThrows(UploadRejected.class, () -> seal(TestFiles.html(), BOARDING_PASS));
        assertEquals(UploadRejected.Reason.TYPE_NOT_ALLOWED, e.reason());
        assertEquals(true, e.getMessage().contains("text/html"), e.getMessage());
    }

    @Test
    void tooManyPagesTooLargeAndBrokenPdfsAreRefusedAndLeaveNoTemporaryFile() throws Exception {
        assertEquals(UploadRejected.Reason.TOO_MANY_PAGES,
                assertThrows(UploadRejected.class, () -> seal(TestFiles.pdf(3), BOARDING_PASS)).reason());
        ValidationRule tiny = new ValidationRule("receipt", Set.of("image/png"), 1000, null, true);
        assertEquals(UploadRejected.Reason.TOO_LARGE,
                assertThrows(UploadRejected.class, () -> seal(TestFiles.image("png", 300, 200), tiny)).reason());
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes();
        assertEquals(UploadRejected.Reason.UNREADABLE,
                assertThrows(UploadRejected.class, () -> seal(broken, BOARDING_PASS)).reason());
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.count(), "no temporary file stays behind");
        }
    }
}
