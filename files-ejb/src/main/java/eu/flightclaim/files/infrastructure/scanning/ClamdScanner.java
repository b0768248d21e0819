package eu.flightclaim.files.infrastructure.scanning;

import eu.flightclaim.files.domain.model.scan.VirusScanner;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A clamd client: INSTREAM over TCP (the content streamed in chunks, never whole in memory) and
 * PING. clamd answers {@code stream: OK}, {@code stream: <signature> FOUND} or an error.
 */
public class ClamdScanner implements VirusScanner {

    private static final int CHUNK = 64 * 1024;
    private final String host;
    private final int port;
    private final Duration timeout;

    public ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    /** True when clamd answers PONG. */
    public boolean ping() {
        try (Socket s = connect()) {
            s.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            return "PONG".equals(reply(s));
        } catch (IOException e) {
            return false;
        }
    }

    /** Streams {@code content} to clamd; an IOException when clamd is not there or cannot scan it. */
    public Verdict scan(InputStream content) throws IOException {
        try (Socket s = connect()) {
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = content.read(buffer)) > 0; ) {
                out.writeInt(n);
                out.write(buffer, 0, n);
            }
            out.writeInt(0);
            out.flush();
            String reply = reply(s);
            if (reply.endsWith(" FOUND")) {
                return new Verdict(false, reply.substring(reply.indexOf(':') + 1, reply.length() - 6).trim());
            }
            if (reply.endsWith(": OK")) {
                return new Verdict(true, null);
            }
            throw new IOException("clamd could not scan the document: " + reply);
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        s.setSoTimeout((int) timeout.toMillis());
        return s;
    }

    private static String reply(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b; (b = in.read()) > 0; ) { // the answer ends with NUL (z-commands) or at the end of the stream
            reply.write(b);
            if (reply.size() > 4096) {
                break;
            }
        }
        return reply.toString(StandardCharsets.US_ASCII).trim();
    }

    public String describe() {
        return "clamd " + host + ":" + port;
    }
}
