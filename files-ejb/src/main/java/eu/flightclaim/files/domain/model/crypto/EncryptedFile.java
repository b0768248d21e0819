package eu.flightclaim.files.domain.model.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.crypto.SecretKey;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * Random access to the plaintext of an encrypted file, one segment in memory at a time: lets a
 * parser that needs to seek (PDFBox counting pages) read an upload without its plaintext ever
 * being on disk or whole in memory.
 */
public final class EncryptedFile implements RandomAccessRead {

    private final FileChannel channel;
    private final SecretKey key;
    private final SegmentedEncryption.Header header;
    private final long fileSize;
    private final long length;
    private long position;
    private long cachedIndex = -1;
    private byte[] cached;
    private boolean closed;

    public EncryptedFile(Path file, SecretKey key) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.key = key;
        this.header = SegmentedEncryption.readHeader(Channels.newInputStream(channel.position(0)));
        this.fileSize = channel.size();
        this.length = SegmentedEncryption.plaintextLength(fileSize, header.segmentSize());
    }

    private byte[] segment(long index) throws IOException {
        if (index != cachedIndex) {
            long offset = header.segmentOffset(index);
            int sealedLength = (int) Math.min(header.segmentSize() + (long) SegmentedEncryption.TAG_LENGTH,
                    fileSize - offset);
            ByteBuffer sealed = ByteBuffer.allocate(sealedLength);
            while (sealed.hasRemaining()) {
                if (channel.read(sealed, offset + sealed.position()) < 0) {
                    throw new SegmentedEncryption.TamperedException("truncated at segment " + index);
                }
            }
            cached = SegmentedEncryption.openSegment(key, header, index, sealed.array(),
                    offset + sealedLength == fileSize);
            cachedIndex = index;
        }
        return cached;
    }

    @Override
    public int read() throws IOException {
        if (position >= length) {
            return -1;
        }
        byte[] s = segment(position / header.segmentSize());
        return s[(int) (position++ % header.segmentSize())] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= length) {
            return -1;
        }
        int total = 0;
        while (len > 0 && position < length) {
            byte[] s = segment(position / header.segmentSize());
            int at = (int) (position % header.segmentSize());
            int n = Math.min(len, s.length - at);
            System.arraycopy(s, at, b, off, n);
            position += n;
            off += n;
            len -= n;
            total += n;
        }
        return total;
    }

    @Override
    public long getPosition() {
        return position;
    }

    @Override
    public void seek(long newPosition) throws IOException {
        if (newPosition < 0) {
            throw new IOException("negative position");
        }
        position = Math.min(newPosition, length);
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() {
        return position >= length;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) {
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        cached = null;
        channel.close();
    }
}
