package eu.flightclaim.files.domain.model.crypto;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The document encryption format (DESIGN.md, "Encryption format"): the plaintext is cut into
 * segments, each sealed with AES-256-GCM from the JDK under the document's own data key, so that
 * neither side ever holds more than one segment — a single GCM message would make the JDK buffer
 * the whole ciphertext before releasing any plaintext. The construction is Tink's streaming AEAD /
 * age's STREAM: nonce = 8-byte random prefix ‖ 32-bit segment counter; the associated data is the
 * header ‖ a last-segment flag, so segments cannot be reordered, dropped, truncated at a segment
 * boundary or moved to another object.
 *
 * <pre>
 * object  = header ‖ segment_0 ‖ … ‖ segment_n          (segment_n is the last, possibly empty)
 * header  = "FCE1" ‖ segment size (int32) ‖ nonce prefix (8 bytes)                 16 bytes
 * segment = AES-GCM(key, prefix ‖ counter, plaintext, aad = header ‖ last?1:0)   plaintext + 16
 * </pre>
 *
 * Every segment but the last holds exactly {@code segmentSize} plaintext bytes, so the ciphertext
 * offset of any plaintext byte is computable: Range requests decrypt only the segments they need.
 */
public final class SegmentedEncryption {

    public static final byte[] MAGIC = {'F', 'C', 'E', '1'};
    public static final int HEADER_LENGTH = 16;
    public static final int TAG_LENGTH = 16;
    /**
     * 64 KiB: the JDK 17 GCM decrypts a segment only in doFinal, and does it ~10x faster on 64 KiB than
     * on 1 MiB (measured in docs/benchmarks.md); the tag overhead is 0.02 %.
     */
    public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;
    private static final int MIN_SEGMENT_SIZE = 1 << 10;
    private static final int MAX_SEGMENT_SIZE = 1 << 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SegmentedEncryption() {
    }

    /** The ciphertext length of a plaintext of {@code plaintextLength} bytes (an empty one is one empty segment). */
    public static long ciphertextLength(long plaintextLength, int segmentSize) {
        long segments = Math.max(1, (plaintextLength + segmentSize - 1) / segmentSize);
        return HEADER_LENGTH + plaintextLength + segments * TAG_LENGTH;
    }

    /** The plaintext length of a well-formed ciphertext of {@code ciphertextLength} bytes. */
    public static long plaintextLength(long ciphertextLength, int segmentSize) {
        long body = ciphertextLength - HEADER_LENGTH;
        long sealed = segmentSize + (long) TAG_LENGTH;
        return body - (body + sealed - 1) / sealed * TAG_LENGTH;
    }

    /** An output stream that encrypts what is written into {@code sink}; closing it writes the last segment. */
    public static OutputStream encrypting(OutputStream sink, SecretKey key, int segmentSize) throws IOException {
        if (segmentSize < MIN_SEGMENT_SIZE || segmentSize > MAX_SEGMENT_SIZE) {
            throw new IllegalArgumentException("segment size " + segmentSize + " out of range");
        }
        byte[] header = ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC).putInt(segmentSize).put(randomPrefix()).array();
        sink.write(header);
        return new Encrypting(sink, key, header, segmentSize);
    }

    /**
     * An input stream of the plaintext of {@code source}, starting at plaintext offset
     * {@code segmentIndex × segmentSize} when the caller positioned {@code source} at that segment
     * (after reading the header with {@link #readHeader}). Any tampering, truncation or wrong key
     * ends in an {@link IOException} ({@link TamperedException}), never in wrong bytes.
     */
    public static InputStream decrypting(InputStream source, SecretKey key, Header header, long segmentIndex) {
        return new Decrypting(source, key, header, segmentIndex);
    }

    /** Opens one sealed segment (random access: the caller read it from {@link Header#segmentOffset}). */
    public static byte[] openSegment(SecretKey key, Header header, long index, byte[] sealed, boolean last)
            throws IOException {
        try {
            return apply(cipher(Cipher.DECRYPT_MODE, key, header.bytes(), index, last), sealed, 0, sealed.length);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new TamperedException("segment " + index + " failed authentication: tampered, truncated or another"
                    + " key", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("decryption failed", e);
        }
    }

    /** Reads and checks the 16-byte header. */
    public static Header readHeader(InputStream in) throws IOException {
        byte[] header = in.readNBytes(HEADER_LENGTH);
        if (header.length < HEADER_LENGTH || !Arrays.equals(Arrays.copyOf(header, 4), MAGIC)) {
            throw new TamperedException("not an encrypted document (no FCE1 header)");
        }
        int segmentSize = ByteBuffer.wrap(header, 4, 4).getInt();
        if (segmentSize < MIN_SEGMENT_SIZE || segmentSize > MAX_SEGMENT_SIZE) {
            throw new TamperedException("segment size " + segmentSize + " in the header is out of range");
        }
        return new Header(header, segmentSize);
    }

    /** The header: its bytes (part of every segment's associated data) and the segment size. */
    public record Header(byte[] bytes, int segmentSize) {

        /** Where segment {@code index} starts in the object. */
        public long segmentOffset(long index) {
            return HEADER_LENGTH + index * (segmentSize + (long) TAG_LENGTH);
        }
    }

    /** The ciphertext is not what we wrote under this key: tampered, truncated, or another key. */
    public static final class TamperedException extends IOException {
        public TamperedException(String message) {
            super(message);
        }

        TamperedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static byte[] randomPrefix() {
        byte[] prefix = new byte[8];
        RANDOM.nextBytes(prefix);
        return prefix;
    }

    /** Feeding GCM 64 KiB at a time is what the JDK's AES-GCM intrinsics need: one 1 MiB doFinal runs ~10x slower. */
    private static final int CIPHER_CHUNK = 64 * 1024;

    private static byte[] apply(Cipher c, byte[] in, int off, int len) throws GeneralSecurityException {
        byte[] out = new byte[c.getOutputSize(len)];
        int o = 0;
        for (int p = 0; p < len; p += CIPHER_CHUNK) {
            o += c.update(in, off + p, Math.min(CIPHER_CHUNK, len - p), out, o);
        }
        o += c.doFinal(out, o);
        return o == out.length ? out : java.util.Arrays.copyOf(out, o);
    }

    private static byte[] nonce(byte[] header, long counter) {
        if (counter > 0xFFFF_FFFFL) {
            throw new IllegalStateException("too many segments");
        }
        return ByteBuffer.allocate(12).put(header, 8, 8).putInt((int) counter).array();
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] header, long counter, boolean last)
            throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce(header, counter)));
        c.updateAAD(header);
        c.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
        return c;
    }

    private static final class Encrypting extends FilterOutputStream {
        private final SecretKey key;
        private final byte[] header;
        private final byte[] buffer;
        private int filled;
        private long counter;
        private boolean closed;

        Encrypting(OutputStream out, SecretKey key, byte[] header, int segmentSize) {
            super(out);
            this.key = key;
            this.header = header;
            this.buffer = new byte[segmentSize];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == buffer.length) {
                    seal(false); // more is coming, so the full buffer is not the last segment
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                out.write(apply(cipher(Cipher.ENCRYPT_MODE, key, header, counter++, last), buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException("encryption failed", e);
            }
            filled = 0;
        }

        @Override
        public void flush() {
            // segments are written when full; flushing a partial one would end the stream
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                seal(true);
                out.close();
            }
        }
    }

    private static final class Decrypting extends InputStream {
        private final InputStream in;
        private final SecretKey key;
        private final Header header;
        private final int sealedSize;
        private long counter;
        private byte[] plain = new byte[0];
        private int pos;
        private boolean done;
        /** The first byte after the current sealed segment, read to learn whether it was the last. */
        private int lookahead = -2;

        Decrypting(InputStream in, SecretKey key, Header header, long firstSegment) {
            this.in = in;
            this.key = key;
            this.header = header;
            this.sealedSize = header.segmentSize() + TAG_LENGTH;
            this.counter = firstSegment;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == plain.length) {
                if (done) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        private void next() throws IOException {
            ByteArrayOutputStream sealed = new ByteArrayOutputStream(sealedSize);
            if (lookahead >= 0) {
                sealed.write(lookahead);
            }
            sealed.write(in.readNBytes(sealedSize - sealed.size()));
            boolean last;
            if (sealed.size() < sealedSize) {
                last = true;
            } else {
                lookahead = in.read();
                last = lookahead < 0;
            }
            if (sealed.size() < TAG_LENGTH) {
                throw new TamperedException("truncated: segment " + counter + " has no tag");
            }
            plain = openSegment(key, header, counter++, sealed.toByteArray(), last);
            pos = 0;
            done = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

}
