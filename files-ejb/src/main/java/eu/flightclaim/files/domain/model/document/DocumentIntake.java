package eu.flightclaim.files.domain.model.document;

import eu.flightclaim.files.domain.model.ValidationRule;
import eu.flightclaim.files.domain.model.crypto.EncryptedFile;
import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import eu.flightclaim.files.domain.model.crypto.SegmentedEncryption;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.Tika;

/**
 * The upload pipeline up to storage, in one pass over the request body: the type's size limit
 * while reading, the content type from the bytes (Tika's magic, never the name or the client's
 * header) checked against the type's rule, SHA-256 of the plaintext, and encryption under a fresh
 * data key into a temporary file that only ever holds ciphertext. PDFs then have their pages
 * counted by PDFBox reading that file through {@link EncryptedFile}, a segment at a time.
 */
public final class DocumentIntake {

    /** How far into the file content detection looks. */
    static final int SNIFF_BYTES = 64 * 1024;
    private static final Tika TIKA = new Tika();

    /** An upload, encrypted in {@link #file}, ready for storage; the caller deletes the file. */
    public record Sealed(Path file, long ciphertextLength, String contentType, long size, String sha256,
            KeyEncryptionKeys.WrappedKey wrappedKey, int segmentSize, Integer pages) {
    }

    private DocumentIntake() {
    }

    public static Sealed seal(InputStream body, ValidationRule rule, KeyEncryptionKeys keys, Path tempDir,
            int segmentSize) throws IOException {
        Files.createDirectories(tempDir);
        Path file = Files.createTempFile(tempDir, "upload-", ".fce");
        boolean done = false;
        try {
            LimitedInputStream limited = new LimitedInputStream(body, rule.maxSizeBytes());
            BufferedInputStream buffered = new BufferedInputStream(limited, SNIFF_BYTES);
            buffered.mark(SNIFF_BYTES);
            String contentType = TIKA.detect(new BoundedPeek(buffered, SNIFF_BYTES));
            buffered.reset();
            if (!rule.allows(contentType)) {
                throw new UploadRejected(UploadRejected.Reason.TYPE_NOT_ALLOWED, "The file's content is "
                        + contentType + "; a " + rule.documentType().replace('_', ' ') + " must be one of "
                        + rule.allowedMimeTypes() + ".");
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            SecretKey dataKey = KeyEncryptionKeys.newDataKey();
            try (DigestInputStream digesting = new DigestInputStream(buffered, sha256);
                    OutputStream out = SegmentedEncryption.encrypting(Files.newOutputStream(file), dataKey, segmentSize)) {
                digesting.transferTo(out);
            }
            long size = limited.count();
            Integer pages = null;
            if ("application/pdf".equals(contentType)) {
                pages = pdfPages(file, dataKey);
                if (rule.maxPdfPages() != null && pages > rule.maxPdfPages()) {
                    throw new UploadRejected(UploadRejected.Reason.TOO_MANY_PAGES, "The PDF has " + pages
                            + " pages; a " + rule.documentType().replace('_', ' ') + " may have at most "
                            + rule.maxPdfPages() + ".");
                }
            }
            Sealed sealed = new Sealed(file, Files.size(file), contentType, size,
                    HexFormat.of().formatHex(sha256.digest()), keys.wrap(dataKey), segmentSize, pages);
            done = true;
            return sealed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static int pdfPages(Path file, SecretKey key) {
        try (EncryptedFile plain = new EncryptedFile(file, key); PDDocument pdf = Loader.loadPDF(plain)) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UploadRejected(UploadRejected.Reason.UNREADABLE, "The file looks like a PDF but cannot be read"
                    + " as one.");
        }
    }

    /** Lets Tika look at the first bytes without reading (and counting) past them. */
    private static final class BoundedPeek extends InputStream {
        private final InputStream in;
        private int left;

        BoundedPeek(InputStream in, int max) {
            this.in = in;
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the real stream stays open for the rest of the pipeline
        }
    }
}
