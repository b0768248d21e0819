package eu.flightclaim.files.infrastructure.storage;

import com.github.sardine.DavResource;
import com.github.sardine.impl.SardineException;
import com.github.sardine.impl.SardineImpl;
import com.github.sardine.impl.handler.VoidResponseHandler;
import com.github.sardine.impl.methods.HttpMkCol;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.Header;
import org.apache.http.message.BasicHeader;

/**
 * Nextcloud's chunked upload v2 for a large object: MKCOL of an upload folder (named after the object,
 * so another attempt finds it), numbered chunk PUTs, then a MOVE of {@code .file} onto the object with
 * {@code OC-Total-Length}. An attempt after a cut connection lists the folder and sends only the chunks
 * that are not there whole: the upload resumes instead of starting over. Every request carries the
 * object's URL as {@code Destination}, as v2 asks.
 */
final class NextcloudChunkedUpload {

    /** Where a Nextcloud user's WebDAV trees are, for a base like {@code …/remote.php/dav/files/USER/folder/}. */
    record Paths(String dav, String user, String location) {
        private static final java.util.regex.Pattern FILES =
                java.util.regex.Pattern.compile("^(.*/remote\\.php/dav/)files/([^/]+)/(.*)$");

        /** Null for any other server. */
        static Paths of(String base) {
            java.util.regex.Matcher m = FILES.matcher(base);
            return m.matches() ? new Paths(m.group(1), m.group(2),
                    java.net.URLDecoder.decode(m.group(3), java.nio.charset.StandardCharsets.UTF_8)) : null;
        }

        String trash() {
            return dav + "trashbin/" + user + "/trash/";
        }

        String uploads() {
            return dav + "uploads/" + user + "/";
        }
    }

    /** Upload folders are named so; one older than this is abandoned (housekeeping removes it). */
    static final String PREFIX = "fc-";
    static final Duration ABANDONED = Duration.ofHours(24);

    /** Sardine with the one request it lacks: MKCOL with a header. */
    static final class Client extends SardineImpl {
        Client(org.apache.http.impl.client.HttpClientBuilder builder, String user, String password) {
            super(builder, user, password);
        }

        Client(org.apache.http.impl.client.HttpClientBuilder builder) {
            super(builder);
        }

        void makeCollection(String url, Header... headers) throws IOException {
            HttpMkCol mkcol = new HttpMkCol(url);
            for (Header h : headers) {
                mkcol.setHeader(h);
            }
            execute(mkcol, new VoidResponseHandler());
        }
    }

    private NextcloudChunkedUpload() {
    }

    /**
     * Stores {@code length} bytes at {@code target} in chunks of {@code chunkBytes}; throws what the
     * server answered (the caller decides whether to try again: the next attempt resumes).
     */
    static void put(Client dav, Paths paths, String key, String target, DocumentStore.Content content, long length,
            long chunkBytes) throws IOException {
        String folder = paths.uploads() + PREFIX + key.replaceAll("[^A-Za-z0-9._-]", "_") + "/";
        Header destination = new BasicHeader("Destination", target);
        Map<String, Long> there = chunksThere(dav, folder);
        if (there == null) {
            dav.makeCollection(folder, destination);
            there = Map.of();
        }
        long chunks = (length + chunkBytes - 1) / chunkBytes;
        for (long i = 1; i <= chunks; i++) {
            long offset = (i - 1) * chunkBytes;
            long size = Math.min(chunkBytes, length - offset);
            String name = Long.toString(i);
            if (there.getOrDefault(name, -1L) == size) {
                continue; // sent whole by an earlier attempt
            }
            dav.put(folder + name, new WebDavStore.ContentEntity(content, offset, size),
                    List.of(WebDavStore.OCTETS, destination), new VoidResponseHandler());
        }
        dav.move(folder + ".file", target, true, Map.of("OC-Total-Length", Long.toString(length)));
    }

    /** The chunks in the upload folder by name and size, or null when there is no such folder. */
    private static Map<String, Long> chunksThere(Client dav, String folder) throws IOException {
        try {
            Map<String, Long> chunks = new HashMap<>();
            for (DavResource r : dav.list(folder, 1)) {
                if (!r.isDirectory() && r.getContentLength() != null) {
                    chunks.put(r.getName(), r.getContentLength());
                }
            }
            return chunks;
        } catch (SardineException e) {
            if (e.getStatusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** Removes upload folders of ours not touched for {@link #ABANDONED}; returns their names. */
    static List<String> removeAbandoned(Client dav, Paths paths, Instant now) throws IOException {
        List<String> removed = new ArrayList<>();
        List<DavResource> folders;
        try {
            folders = dav.list(paths.uploads(), 1);
        } catch (SardineException e) {
            if (e.getStatusCode() == 404) {
                return removed;
            }
            throw e;
        }
        for (DavResource r : folders) {
            if (r.isDirectory() && r.getName().startsWith(PREFIX) && r.getModified() != null
                    && r.getModified().toInstant().isBefore(now.minus(ABANDONED))) {
                dav.delete(URI.create(paths.uploads()).resolve(r.getHref().getRawPath()).toString());
                removed.add(r.getName());
            }
        }
        return removed;
    }
}
