package eu.flightclaim.files.domain.model.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link UploadRejected} (TOO_LARGE) as soon as more than {@code limit} bytes come through. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        count += n;
        if (count > limit) {
            throw new UploadRejected(UploadRejected.Reason.TOO_LARGE, "The file is larger than the " + limit
                    + " bytes allowed for this document type.");
        }
    }

    long count() {
        return count;
    }
}
