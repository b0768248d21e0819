package eu.flightclaim.files.infrastructure.storage;

import com.github.sardine.DavResource;
import com.github.sardine.impl.SardineException;
import com.github.sardine.impl.handler.ValidatingResponseHandler;
import eu.flightclaim.files.domain.model.storage.Backoff;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import eu.flightclaim.files.domain.model.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.entity.AbstractHttpEntity;
import org.apache.http.impl.client.HttpClientBuilder;

/**
 * Objects on a WebDAV server through Sardine (Nextcloud: {@code …/remote.php/dav/files/USER/}).
 * Collections are made level by level (MKCOL; 405 means it is there already), once per collection
 * while the store lives. Every PUT carries its Content-Length (without it Nextcloud can store an
 * empty file, or a file beyond the quota); a server that names the file it stored ({@code OC-FileId}:
 * Nextcloud's Sabre refuses a body shorter than its Content-Length) is taken at its word, any other
 * is asked for the size by PROPFIND. On Nextcloud a DELETE moves the file to the service user's trash
 * bin, so the object is then purged from there too; an object larger than the chunk size goes up
 * by Nextcloud's chunked upload v2 ({@link NextcloudChunkedUpload}), which an attempt after a cut resumes;
 * so do the attempts after a smaller object's PUT was cut midway.
 * Connection failures, timeouts, 5xx (but 507
 * Insufficient Storage), 408, 423 and 429 are retried with back-off; other answers are not.
 */
public class WebDavStore implements DocumentStore {

    static final org.apache.http.Header OCTETS =
            new org.apache.http.message.BasicHeader("Content-Type", "application/octet-stream");
    /** A PUT's answer: whether the server names the file it stored whole (Nextcloud's {@code OC-FileId}). */
    private static final ValidatingResponseHandler<Boolean> STORED_WHOLE = new ValidatingResponseHandler<>() {
        @Override
        public Boolean handleResponse(org.apache.http.HttpResponse response) throws IOException {
            validateResponse(response);
            return response.containsHeader("OC-FileId");
        }
    };

    private final String base;
    /** Null unless the base is a Nextcloud user's files. */
    private final NextcloudChunkedUpload.Paths nextcloud;
    private final NextcloudChunkedUpload.Client sardine;
    /** On Nextcloud, a larger object is sent in chunks of this size (resumable). */
    private final long chunkBytes;
    private final Backoff backoff;
    /** Collections known to exist, so a busy claim does not PROPFIND its folder on every upload. */
    private final Set<String> knownCollections = ConcurrentHashMap.newKeySet();
    /** A lock per collection being made now. */
    private final Map<String, Object> making = new ConcurrentHashMap<>();

    /** Chunks of 8 MiB above 8 MiB on Nextcloud. */
    public static final long DEFAULT_CHUNK_BYTES = 8L << 20;
    /** A very large object goes in this many chunks at most (larger ones). */
    static final int MAX_CHUNKS = 16;
    /** No chunk is smaller (but an object's last). */
    static final long MIN_CHUNK_BYTES = 1L << 20;

    public WebDavStore(String baseUrl, String user, String password, Backoff backoff, Duration connectTimeout,
            Duration readTimeout) {
        this(baseUrl, user, password, backoff, connectTimeout, readTimeout, DEFAULT_CHUNK_BYTES);
    }

    public WebDavStore(String baseUrl, String user, String password, Backoff backoff, Duration connectTimeout,
            Duration readTimeout, long chunkBytes) {
        this.base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.nextcloud = NextcloudChunkedUpload.Paths.of(this.base);
        this.chunkBytes = Math.max(MIN_CHUNK_BYTES, chunkBytes);
        // without timeouts a server that accepts connections but never answers would hang uploads forever
        RequestConfig timeouts = RequestConfig.custom().setConnectTimeout((int) connectTimeout.toMillis())
                .setConnectionRequestTimeout((int) connectTimeout.toMillis())
                .setSocketTimeout((int) readTimeout.toMillis()).build();
        HttpClientBuilder client = HttpClientBuilder.create().setDefaultRequestConfig(timeouts)
                .setMaxConnPerRoute(32).setMaxConnTotal(64).disableAutomaticRetries()
                // no cookies: Nextcloud answers with a session cookie, and requests that send one back are
                // serialised on that PHP session's lock (and fail to decrypt it when clients share it)
                .disableCookieManagement()
                .setUserAgent("flightclaim-files");
        this.sardine = user == null || user.isBlank() ? new NextcloudChunkedUpload.Client(client)
                : new NextcloudChunkedUpload.Client(client, user, password);
        if (user != null && !user.isBlank()) {
            URI uri = URI.create(this.base);
            sardine.enablePreemptiveAuthentication(uri.getHost(), uri.getPort() < 0
                    ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort(), -1);
        }
        this.backoff = backoff;
    }

    private String url(String key) throws StorageException {
        if (key.isBlank() || key.startsWith("/") || key.contains("..") || key.contains("//")) {
            throw new StorageException("invalid object key " + key, false, null);
        }
        StringBuilder b = new StringBuilder(base);
        for (String segment : key.split("/")) {
            b.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                    .append('/');
        }
        return b.substring(0, b.length() - 1);
    }

    @Override
    public void put(String key, Content content, long length) throws StorageException {
        String url = url(key);
        if (nextcloud != null && length > chunkBytes) {
            long chunk = chunkFor(length, chunkBytes);
            backoff.run("storing " + key + " in chunks", () -> putInChunks(key, url, content, length, chunk));
            return;
        }
        // a plain PUT cut midway cannot be resumed (the server drops what it got): on Nextcloud the
        // attempts after such a cut go in chunks, so that another cut resumes instead of starting over
        boolean[] cut = {false};
        backoff.run("storing " + key, () -> {
            if (cut[0]) {
                return putInChunks(key, url, content, length, resumableChunk(length));
            }
            ensureCollections(key);
            boolean vouched;
            try {
                vouched = sardine.put(url, new ContentEntity(content, length), List.of(OCTETS), STORED_WHOLE);
            } catch (IOException e) {
                removePartial(key, length);
                cut[0] = nextcloud != null && length > MIN_CHUNK_BYTES && !(e instanceof SardineException);
                throw failure("storing " + key, e);
            }
            if (vouched) {
                return null;
            }
            long stored = size(key);
            if (stored != length) {
                // a short object under the key would pass for the document: remove it and try again
                delete(key);
                throw new StorageException("stored " + stored + " bytes of " + key + ", expected " + length, true, null);
            }
            return null;
        });
    }

    /** One attempt at a chunked upload (Nextcloud); the next attempt resumes where it broke off. */
    private Void putInChunks(String key, String url, Content content, long length, long chunk) throws StorageException {
        ensureCollections(key);
        try {
            NextcloudChunkedUpload.put(sardine, nextcloud, key, url, content, length, chunk);
        } catch (IOException e) {
            throw failure("storing " + key + " in chunks", e);
        }
        return null;
    }

    /**
     * The configured size, or larger for a very large object: at most {@link #MAX_CHUNKS} chunks, since each
     * costs Nextcloud a request (a gibibyte in 8 MiB chunks took 128 requests, 68 ms each beyond the bytes).
     */
    static long chunkFor(long length, long chunkBytes) {
        return Math.max(chunkBytes, (length + MAX_CHUNKS - 1) / MAX_CHUNKS);
    }

    /** After a cut PUT: about four chunks, none under Nextcloud's practical minimum, none over the configured size. */
    private long resumableChunk(long length) {
        return Math.max(MIN_CHUNK_BYTES, Math.min(chunkBytes, (length + 3) / 4));
    }

    /** A PUT that broke off may have left a short object behind: remove it (reconciliation is the backstop). */
    private void removePartial(String key, long length) {
        try {
            String url = url(key);
            List<DavResource> found = sardine.list(url, 0);
            if (!found.isEmpty() && found.get(0).getContentLength() != length) {
                sardine.delete(url);
            }
        } catch (IOException | StorageException ignored) {
            // the server is not answering: reconciliation will find what is left
        }
    }

    private void ensureCollections(String key) throws StorageException {
        int slash = key.lastIndexOf('/');
        if (slash < 0) {
            return;
        }
        StringBuilder path = new StringBuilder();
        for (String segment : key.substring(0, slash).split("/")) {
            path.append(segment).append('/');
            String collection = path.toString();
            if (knownCollections.contains(collection)) {
                continue;
            }
            // uploads to one new claim at the same moment make its folder once: concurrent MKCOLs of one
            // collection get 403 or 423 Locked from Nextcloud
            synchronized (making.computeIfAbsent(collection, c -> new Object())) {
                if (!knownCollections.contains(collection)) {
                    makeCollection(collection);
                    knownCollections.add(collection);
                }
            }
            making.remove(collection);
        }
    }

    private void makeCollection(String collection) throws StorageException {
        String url = url(collection.substring(0, collection.length() - 1)) + "/";
        try {
            sardine.createDirectory(url);
        } catch (SardineException e) {
            // 405: there already. Made at the same moment by another server: other refusals (403, 423), so a
            // depth-0 PROPFIND says whether it is there now
            if (e.getStatusCode() != 405 && !collectionExists(url)) {
                throw failure("creating collection " + collection, e);
            }
        } catch (IOException e) {
            throw failure("creating collection " + collection, e);
        }
    }

    private boolean collectionExists(String url) {
        try {
            List<DavResource> found = sardine.list(url, 0);
            return !found.isEmpty() && found.get(0).isDirectory();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public InputStream get(String key, long offset) throws StorageException {
        String url = url(key);
        return backoff.run("reading " + key, () -> {
            try {
                return offset > 0 ? sardine.get(url, Map.of("Range", "bytes=" + offset + "-")) : sardine.get(url);
            } catch (IOException e) {
                if (e instanceof SardineException s && s.getStatusCode() == 404) {
                    throw new StorageException.NotFound(key);
                }
                throw failure("reading " + key, e);
            }
        });
    }

    @Override
    public long size(String key) throws StorageException {
        String url = url(key);
        return backoff.run("checking " + key, () -> {
            try {
                List<DavResource> found = sardine.list(url, 0);
                return found.isEmpty() || found.get(0).isDirectory() ? -1L : found.get(0).getContentLength();
            } catch (IOException e) {
                if (e instanceof SardineException s && s.getStatusCode() == 404) {
                    return -1L;
                }
                throw failure("checking " + key, e);
            }
        });
    }

    @Override
    public void delete(String key) throws StorageException {
        String url = url(key);
        backoff.run("deleting " + key, () -> {
            try {
                sardine.delete(url);
            } catch (IOException e) {
                if (!(e instanceof SardineException s && s.getStatusCode() == 404)) {
                    throw failure("deleting " + key, e);
                }
            }
            return null;
        });
        if (nextcloud != null) {
            purgeTrash(key::equals); // Nextcloud keeps what a DELETE removes in the trash bin
        }
    }

    /**
     * Trash entries of objects deleted under the prefixes (before the store purged its own deletes),
     * and chunked uploads abandoned a day ago or more: one listing of each.
     */
    @Override
    public List<String> purgeLeftovers(List<String> prefixes) throws StorageException {
        return purgeLeftovers(prefixes, java.time.Instant.now());
    }

    /** As of {@code now} (a test looks a day ahead). */
    List<String> purgeLeftovers(List<String> prefixes, java.time.Instant now) throws StorageException {
        if (nextcloud == null) {
            return List.of();
        }
        List<String> purged = new ArrayList<>(purgeTrash(k -> prefixes.stream().anyMatch(k::startsWith)));
        purged.addAll(backoff.run("removing abandoned uploads", () -> {
            try {
                return NextcloudChunkedUpload.removeAbandoned(sardine, nextcloud, now).stream()
                        .map(name -> "unfinished upload " + name).toList();
            } catch (IOException e) {
                throw failure("removing abandoned uploads", e);
            }
        }));
        return purged;
    }

    /** Deletes the trash entries whose key (their original location under our base) matches; returns the keys. */
    private List<String> purgeTrash(java.util.function.Predicate<String> which) throws StorageException {
        Map<String, String> entries = backoff.run("listing the trash bin", () -> {
            try {
                return NextcloudTrashBin.entries(sardine, nextcloud, which);
            } catch (IOException e) {
                throw failure("listing the trash bin", e);
            }
        });
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            backoff.run("purging " + entry.getKey() + " from the trash bin", () -> {
                try {
                    NextcloudTrashBin.purge(sardine, entry.getValue());
                } catch (IOException e) {
                    throw failure("purging " + entry.getKey() + " from the trash bin", e);
                }
                return null;
            });
        }
        return List.copyOf(entries.keySet());
    }

    @Override
    public List<StoredObject> list(String prefix) throws StorageException {
        List<StoredObject> objects = new ArrayList<>();
        collect(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix, objects);
        objects.sort(java.util.Comparator.comparing(StoredObject::key));
        return objects;
    }

    private void collect(String prefix, List<StoredObject> keys) throws StorageException {
        String url = url(prefix) + "/";
        List<DavResource> children = backoff.run("listing " + prefix, () -> {
            try {
                return sardine.list(url, 1);
            } catch (IOException e) {
                if (e instanceof SardineException s && s.getStatusCode() == 404) {
                    return List.of();
                }
                throw failure("listing " + prefix, e);
            }
        });
        String self = URI.create(url).getPath();
        for (DavResource r : children) {
            String path = r.getHref().getPath();
            if (path.equals(self) || (path + "/").equals(self)) {
                continue;
            }
            String name = r.getName();
            if (r.isDirectory()) {
                collect(prefix + "/" + name, keys);
            } else {
                keys.add(new StoredObject(prefix + "/" + name, r.getContentLength() == null ? -1 : r.getContentLength(),
                        r.getModified() == null ? java.time.Instant.EPOCH : r.getModified().toInstant()));
            }
        }
    }

    /**
     * The body of a PUT: exactly {@code length} bytes, written 64 KiB at a time (HttpClient's own
     * InputStreamEntity writes 4 KiB at a time: a third of the upload time on a gigabyte).
     */
    static final class ContentEntity extends AbstractHttpEntity {
        private final Content content;
        private final long offset;
        private final long length;

        ContentEntity(Content content, long length) {
            this(content, 0, length);
        }

        /** The {@code length} bytes from {@code offset} on (a chunk). */
        ContentEntity(Content content, long offset, long length) {
            this.content = content;
            this.offset = offset;
            this.length = length;
            setContentType("application/octet-stream");
        }

        @Override
        public boolean isRepeatable() {
            return true;
        }

        @Override
        public long getContentLength() {
            return length;
        }

        @Override
        public InputStream getContent() throws IOException {
            InputStream in = content.open();
            in.skipNBytes(offset);
            return in;
        }

        @Override
        public void writeTo(java.io.OutputStream out) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = getContent()) {
                for (long left = length; left > 0; ) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new IOException("the content ended " + left + " bytes early");
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            }
        }

        @Override
        public boolean isStreaming() {
            return false;
        }
    }

    /** Connection errors, timeouts, 5xx (but 507), 408, 423 and 429 are worth another try; other answers are not. */
    static StorageException failure(String what, IOException e) {
        if (e instanceof SardineException s) {
            int status = s.getStatusCode();
            if (status == 507) {
                return new StorageException.Full(what + ": the store is full (HTTP 507 Insufficient Storage)", e);
            }
            boolean retryable = status >= 500 || status == 423 || status == 408 || status == 429;
            return new StorageException(what + ": HTTP " + status + " " + s.getResponsePhrase(), retryable, e);
        }
        return new StorageException(what + ": " + e, true, e);
    }

    /**
     * {@code quota-available-bytes} of the base (RFC 4331). Nextcloud answers -3 without a quota and
     * keeps the value for some minutes; a server without the property answers nothing.
     */
    @Override
    public java.util.OptionalLong freeBytes() throws StorageException {
        return backoff.run("asking the free space", () -> {
            try {
                com.github.sardine.DavQuota quota = sardine.getQuota(base);
                // Sardine reads a server's silence as Long.MAX_VALUE
                long available = quota == null ? -1 : quota.getQuotaAvailableBytes();
                return available < 0 || available == Long.MAX_VALUE ? java.util.OptionalLong.empty()
                        : java.util.OptionalLong.of(available);
            } catch (IOException | RuntimeException e) {
                if (e instanceof IOException io && !(e instanceof SardineException)) {
                    throw failure("asking the free space", io);
                }
                return java.util.OptionalLong.empty(); // the property is not supported, or not a number
            }
        });
    }

    @Override
    public String describe() {
        return "webdav " + base;
    }
}
