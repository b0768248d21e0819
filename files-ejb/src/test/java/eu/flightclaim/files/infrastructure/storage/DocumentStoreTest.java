package eu.flightclaim.files.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.storage.Backoff;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import eu.flightclaim.files.domain.model.storage.StorageException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both storage back-ends against the real thing: Tomcat's WebDAV servlet in-process, and the disk. */
class DocumentStoreTest {

    private static final Backoff FAST = new Backoff(3, Duration.ofMillis(20), Duration.ofMillis(100));
    private static WebDavTestServer dav;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createDirectories(Path.of("target", "storage-test", Long.toString(System.nanoTime())));
        dav = new WebDavTestServer(work);
    }

    @AfterAll
    static void stop() throws Exception {
        dav.close();
    }

    private static List<String> keys(List<DocumentStore.StoredObject> objects) {
        return objects.stream().map(DocumentStore.StoredObject::key).toList();
    }

    private static DocumentStore webDav(String url) {
        return new WebDavStore(url, null, null, FAST, Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    static DocumentStore.Content of(byte[] b) {
        return () -> new ByteArrayInputStream(b);
    }

    private static byte[] read(DocumentStore store, String key, long offset) throws Exception {
        try (InputStream in = store.get(key, offset)) {
            return in.readAllBytes();
        }
    }

    private void roundTrip(DocumentStore store) throws Exception {
        byte[] data = bytes(300_000);
        String key = "claims/c-" + System.nanoTime() + "/d1";
        store.put(key, of(data), data.length);
        assertEquals(data.length, store.size(key));
        assertArrayEquals(data, read(store, key, 0));
        assertArrayEquals(Arrays.copyOfRange(data, 123_456, data.length), read(store, key, 123_456), "range");
        String sibling = key.replace("/d1", "/d2");
        store.put(sibling, of(new byte[0]), 0);
        String prefix = key.substring(0, key.lastIndexOf('/'));
        assertEquals(List.of(key, sibling), keys(store.list(prefix)));
        assertEquals(data.length, store.list(prefix).get(0).size());
        assertTrue(store.list(prefix).get(0).lastModified().isAfter(java.time.Instant.now().minusSeconds(600)));
        store.delete(key);
        store.delete(key); // deleting a missing object is fine
        assertEquals(-1, store.size(key));
        assertThrows(StorageException.NotFound.class, () -> read(store, key, 0));
        assertEquals(List.of(sibling), keys(store.list(prefix)));
        assertEquals(List.of(), store.list("claims/none-" + System.nanoTime()));
    }

    @Test
    void webDavStoresReadsRangesListsAndDeletes() throws Exception {
        roundTrip(webDav(dav.url()));
    }

    @Test
    void localDiskStoresReadsRangesListsAndDeletes() throws Exception {
        roundTrip(new LocalDiskStore(work.resolve("local")));
    }

    @Test
    void transientWebDavFailuresAreRetriedAndTheObjectStoredOnce() throws Exception {
        DocumentStore store = webDav(dav.url());
        byte[] data = bytes(10_000);
        String key = "claims/flaky-" + System.nanoTime() + "/d";
        dav.failStatus = 503;
        dav.failNextPuts.set(2);
        int before = dav.puts.get();
        store.put(key, of(data), data.length);
        assertEquals(3, dav.puts.get() - before, "two 503s, then stored");
        assertArrayEquals(data, read(store, key, 0));
    }

    /** A PUT the server refuses with {@code status} (as often as it is asked): how many PUTs were made, and the failure. */
    private record Refused(int puts, StorageException failure) {
    }

    private static Refused refusedPut(int status) {
        DocumentStore store = webDav(dav.url());
        dav.failStatus = status;
        dav.failNextPuts.set(3);
        int before = dav.puts.get();
        try {
            StorageException e = assertThrows(StorageException.class, () -> store.put("claims/refused-"
                    + System.nanoTime() + "/d", of(bytes(10)), 10));
            return new Refused(dav.puts.get() - before, e);
        } finally {
            dav.failNextPuts.set(0);
        }
    }

    @Test
    void permanentWebDavFailuresAreNotRetried() {
        Refused forbidden = refusedPut(403);
        assertFalse(forbidden.failure().retryable());
        assertEquals(1, forbidden.puts());
    }

    @Test
    void aFullStoreIsSaidAsSuchAndNotRetried() {
        Refused full = refusedPut(507);
        assertTrue(full.failure() instanceof StorageException.Full, full.failure().toString());
        assertEquals(1, full.puts(), "507 Insufficient Storage is not transient");
    }

    @Test
    void aServerThatHangsOrIsGoneEndsAsUnavailable() throws Exception {
        try (WebDavTestServer down = new WebDavTestServer(work.resolve("down"))) {
            String url = down.url();
            down.stop(); // still accepts connections, never answers: only the read timeout ends the wait
            assertThrows(StorageException.Unavailable.class, () -> webDav(url).put("claims/x/d", of(bytes(10)), 10));
            down.close(); // port closed: connection refused
            assertThrows(StorageException.Unavailable.class, () -> webDav(url).put("claims/x/d", of(bytes(10)), 10));
        }
    }

    @Test
    void aShortWriteNeverLeavesAnObject() throws Exception {
        DocumentStore local = new LocalDiskStore(work.resolve("short"));
        assertThrows(StorageException.class, () -> local.put("claims/a/d", of(bytes(10)), 11));
        assertEquals(-1, local.size("claims/a/d"));
        assertEquals(List.of(), local.list("claims"), "no part file left");
        DocumentStore remote = webDav(dav.url());
        String key = "claims/short-" + System.nanoTime() + "/d";
        assertThrows(StorageException.class, () -> remote.put(key, of(bytes(10)), 11));
        assertEquals(-1, remote.size(key));
    }

    @Test
    void freeSpaceIsWhatTheStoreReports() throws Exception {
        long disk = Files.getFileStore(work).getUsableSpace();
        long reported = new LocalDiskStore(work.resolve("space")).freeBytes().orElseThrow();
        assertTrue(Math.abs(reported - disk) < (64L << 20), reported + " against " + disk + " (the disk's, less what others wrote)");
        // Tomcat's WebDAV servlet has no quota properties (RFC 4331): no number, not an error
        assertEquals(java.util.OptionalLong.empty(), webDav(dav.url()).freeBytes());
    }

    @Test
    void keysCannotEscapeTheRoot() {
        DocumentStore local = new LocalDiskStore(work.resolve("escape"));
        DocumentStore remote = webDav(dav.url());
        for (DocumentStore s : List.of(local, remote)) {
            assertThrows(StorageException.class, () -> s.put("../outside", of(bytes(1)), 1));
            assertThrows(StorageException.class, () -> s.put("claims/../../outside", of(bytes(1)), 1));
        }
        assertTrue(Files.notExists(work.resolve("outside")));
    }

    @Test
    void contentIsReopenedForEveryAttempt() throws Exception {
        int[] opened = {0};
        byte[] data = bytes(5_000);
        DocumentStore.Content counting = () -> {
            opened[0]++;
            return new ByteArrayInputStream(data);
        };
        dav.failStatus = 503;
        dav.failNextPuts.set(1);
        webDav(dav.url()).put("claims/reopen-" + System.nanoTime() + "/d", counting,
                data.length);
        assertEquals(2, opened[0]);
    }

}
