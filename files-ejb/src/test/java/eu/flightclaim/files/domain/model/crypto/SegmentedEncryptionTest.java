package eu.flightclaim.files.domain.model.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The segmented AES-GCM format: round trips at every boundary, random access, and every tampering. */
class SegmentedEncryptionTest {

    private static final int SEGMENT = 1024;
    private final SecretKey key = KeyEncryptionKeys.newDataKey();

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private byte[] encrypt(byte[] plain, SecretKey k) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = SegmentedEncryption.encrypting(sink, k, SEGMENT)) {
            // odd write sizes, so that segment boundaries fall inside writes
            for (int off = 0; off < plain.length; off += 700) {
                out.write(plain, off, Math.min(700, plain.length - off));
            }
        }
        return sink.toByteArray();
    }

    private byte[] decrypt(byte[] sealed, SecretKey k) throws IOException {
        InputStream in = new ByteArrayInputStream(sealed);
        SegmentedEncryption.Header header = SegmentedEncryption.readHeader(in);
        try (InputStream plain = SegmentedEncryption.decrypting(in, k, header, 0)) {
            return plain.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 2 * SEGMENT, 5 * SEGMENT + 17})
    void roundTripsAtEverySegmentBoundary(int length) throws IOException {
        byte[] plain = random(length);
        byte[] sealed = encrypt(plain, key);
        assertEquals(SegmentedEncryption.ciphertextLength(length, SEGMENT), sealed.length);
        assertEquals(length, SegmentedEncryption.plaintextLength(sealed.length, SEGMENT));
        assertArrayEquals(plain, decrypt(sealed, key));
    }

    @Test
    void decryptsFromAnySegmentForRangeRequests() throws IOException {
        byte[] plain = random(5 * SEGMENT + 17);
        byte[] sealed = encrypt(plain, key);
        SegmentedEncryption.Header header = SegmentedEncryption.readHeader(new ByteArrayInputStream(sealed));
        int offset = (int) header.segmentOffset(3);
        try (InputStream in = SegmentedEncryption.decrypting(new ByteArrayInputStream(sealed, offset,
                sealed.length - offset), key, header, 3)) {
            assertArrayEquals(Arrays.copyOfRange(plain, 3 * SEGMENT, plain.length), in.readAllBytes());
        }
    }

    @Test
    void theSameFileEncryptsDifferentlyEachTime() throws IOException {
        byte[] plain = random(3000);
        assertEquals(false, Arrays.equals(encrypt(plain, key), encrypt(plain, key)));
    }

    @Test
    void anyFlippedBitFailsInsteadOfGivingWrongBytes() throws IOException {
        byte[] sealed = encrypt(random(3 * SEGMENT), key);
        for (int i : new int[] {5, 16, 16 + SEGMENT + 20, sealed.length - 1}) {
            byte[] bad = sealed.clone();
            bad[i] ^= 1;
            assertThrows(IOException.class, () -> decrypt(bad, key), "flipped byte " + i);
        }
    }

    @Test
    void truncationDroppedOrSwappedSegmentsAndAnotherKeyAllFail() throws IOException {
        byte[] sealed = encrypt(random(3 * SEGMENT + 10), key);
        int sealedSegment = SEGMENT + 16;
        // cut after two whole segments: the now-last segment was not sealed as last
        assertThrows(SegmentedEncryption.TamperedException.class,
                () -> decrypt(Arrays.copyOf(sealed, 16 + 2 * sealedSegment), key));
        assertThrows(SegmentedEncryption.TamperedException.class, () -> decrypt(Arrays.copyOf(sealed, sealed.length - 3),
                key));
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, 16, swapped, 16 + sealedSegment, sealedSegment);
        System.arraycopy(sealed, 16 + sealedSegment, swapped, 16, sealedSegment);
        assertThrows(SegmentedEncryption.TamperedException.class, () -> decrypt(swapped, key));
        assertThrows(SegmentedEncryption.TamperedException.class, () -> decrypt(sealed, KeyEncryptionKeys.newDataKey()));
        assertThrows(SegmentedEncryption.TamperedException.class, () -> decrypt("%PDF-1.7 plain".getBytes(), key));
    }
}
