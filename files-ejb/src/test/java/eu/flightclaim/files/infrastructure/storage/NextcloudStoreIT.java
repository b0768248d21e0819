package eu.flightclaim.files.infrastructure.storage;

import static eu.flightclaim.files.infrastructure.storage.DocumentStoreTest.bytes;
import static eu.flightclaim.files.infrastructure.storage.DocumentStoreTest.of;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.sardine.Sardine;
import com.github.sardine.SardineFactory;
import eu.flightclaim.files.domain.model.storage.Backoff;
import eu.flightclaim.files.domain.model.storage.CircuitBreaker;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import eu.flightclaim.files.domain.model.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The WebDAV store against a real Nextcloud (opt-in: {@code FC_IT_NEXTCLOUD_URL}, the user's files
 * collection, e.g. {@code http://127.0.0.1:8099/remote.php/dav/files/flightclaim}; {@code
 * FC_IT_NEXTCLOUD_USER}; {@code FC_IT_NEXTCLOUD_PASSWORD}, an app password). The tests that change the
 * server (quota, maintenance mode) also need {@code FC_IT_NEXTCLOUD_OCC}, the command that runs its
 * {@code occ} (e.g. {@code sudo -u www-data php /var/www/nextcloud/occ}).
 */
class NextcloudStoreIT {

    private static final String URL = System.getenv("FC_IT_NEXTCLOUD_URL");
    private static final String USER = System.getenv("FC_IT_NEXTCLOUD_USER");
    private static final String PASSWORD = System.getenv("FC_IT_NEXTCLOUD_PASSWORD");
    private static final String OCC = System.getenv("FC_IT_NEXTCLOUD_OCC");
    private static final Backoff QUICK = new Backoff(3, Duration.ofMillis(50), Duration.ofMillis(200));
    private static final String RUN = "fc-it-" + System.nanoTime();

    /** The store on the Nextcloud named; each test is skipped (reported as such) when none is named. */
    private static WebDavStore store() {
        assumeTrue(URL != null && USER != null && PASSWORD != null,
                "no Nextcloud named: set FC_IT_NEXTCLOUD_URL, FC_IT_NEXTCLOUD_USER and FC_IT_NEXTCLOUD_PASSWORD");
        return new WebDavStore(URL, USER, PASSWORD, QUICK, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    private static String key(String name) {
        return RUN + "/claims/c-" + System.nanoTime() + "/" + name;
    }

    private static void occ(String arguments) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", OCC + " " + arguments).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "occ " + arguments + ": " + out);
    }

    @Test
    void storesReadsRangesListsAndDeletes() throws Exception {
        DocumentStore store = store();
        byte[] data = bytes(3 * 1024 * 1024 + 17);
        String key = key("d1");
        store.put(key, of(data), data.length);
        assertEquals(data.length, store.size(key));
        try (InputStream in = store.get(key, 0)) {
            assertArrayEquals(data, in.readAllBytes());
        }
        try (InputStream in = store.get(key, 1_000_000)) {
            assertArrayEquals(Arrays.copyOfRange(data, 1_000_000, data.length), in.readAllBytes(), "a range");
        }
        String sibling = key.replace("/d1", "/d2");
        store.put(sibling, of(new byte[0]), 0);
        String prefix = key.substring(0, key.lastIndexOf('/'));
        assertEquals(List.of(key, sibling), store.list(prefix).stream().map(DocumentStore.StoredObject::key).toList());
        store.delete(key);
        store.delete(sibling);
        assertEquals(-1, store.size(key));
        assertTrue(store.freeBytes().isEmpty() || store.freeBytes().getAsLong() > 0,
                "the quota's remainder, or none without a quota (Nextcloud says -3)");
        assertEquals(List.of(), store.list(prefix));
    }

    @Test
    void aLargeObjectGoesUpInChunksAndAnUploadCutMidwayResumes() throws Exception {
        store(); // skipped without a Nextcloud
        WebDavStore chunked = new WebDavStore(URL, USER, PASSWORD, QUICK, Duration.ofSeconds(5),
                Duration.ofSeconds(60), 5L << 20);
        byte[] data = bytes((12 << 20) + 321); // three chunks of 5 MiB, the last shorter
        String key = key("large");
        Cut flaky = new Cut(data, 7L << 20); // the first attempt breaks off 2 MiB into the second chunk
        chunked.put(key, flaky, data.length);
        assertTrue(flaky.allCut(), "the first attempt was cut");
        assertEquals(data.length, chunked.size(key));
        try (InputStream in = chunked.get(key, 0)) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertTrue(flaky.read() < data.length + (3L << 20), "resumed: the first chunk was not sent again ("
                + flaky.read() + " bytes read for " + data.length + ")");
        chunked.delete(key);
    }

    @Test
    void aPutCutMidwayGoesOnInChunksSoThatTheNextCutResumes() throws Exception {
        DocumentStore store = store(); // 8 MiB chunks: a 3 MiB object goes up by one PUT
        byte[] data = bytes((3 << 20) + 5);
        String key = key("cut-put");
        // the PUT breaks off at 2 MiB; the attempt after it (chunks of 1 MiB) at 2.5 MiB, inside the third chunk
        Cut flaky = new Cut(data, 2L << 20, (5L << 20) / 2);
        store.put(key, flaky, data.length);
        assertTrue(flaky.allCut(), "both attempts were cut");
        try (InputStream in = store.get(key, 0)) {
            assertArrayEquals(data, in.readAllBytes());
        }
        // 2 MiB, then 2.5 MiB, then only the third chunk and the 5 bytes: starting over would read 3 MiB more
        assertEquals((2L << 20) + (5L << 20) / 2 + (1L << 20) + 5, flaky.read(), "the third attempt resumed");
        store.delete(key);
    }

    @Test
    void aLockedObjectIsRetriedUntilTheLockGoes() throws Exception {
        store(); // skipped without a Nextcloud
        WebDavStore patient = new WebDavStore(URL, USER, PASSWORD, new Backoff(10, Duration.ofMillis(200),
                Duration.ofSeconds(1)), Duration.ofSeconds(5), Duration.ofSeconds(60));
        String key = key("locked");
        patient.put(key + "-sibling", of(bytes(10)), 10); // the claim's folder
        String url = URL.replaceFirst("/?$", "/") + key;
        // another writer's slow upload of the same object holds Nextcloud's lock for about three seconds
        byte[] theirs = bytes(2 << 20);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        var slow = http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .PUT(java.net.http.HttpRequest.BodyPublishers.fromPublisher(java.net.http.HttpRequest.BodyPublishers
                        .ofInputStream(() -> new Trickle(theirs)), theirs.length)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        Thread.sleep(800);
        Sardine dav = SardineFactory.begin(USER, PASSWORD);
        com.github.sardine.impl.SardineException locked = assertThrows(com.github.sardine.impl.SardineException.class,
                () -> dav.put(url, new byte[10]), "the server locks an object being written");
        assertEquals(423, locked.getStatusCode());

        byte[] ours = bytes(100_000);
        patient.put(key, of(ours), ours.length);
        assertEquals(201, slow.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode(), "theirs went up too");
        try (InputStream in = patient.get(key, 0)) {
            assertArrayEquals(ours, in.readAllBytes(), "ours is there: it was written after theirs, not refused");
        }
    }

    @Test
    void anUploadNeverFinishedIsRemovedByHousekeepingADayLater() throws Exception {
        store(); // skipped without a Nextcloud
        WebDavStore once = new WebDavStore(URL, USER, PASSWORD, new Backoff(1, Duration.ZERO, Duration.ZERO),
                Duration.ofSeconds(5), Duration.ofSeconds(60), 1L << 20);
        byte[] data = bytes((3 << 20) + 5);
        String key = key("never-finished");
        DocumentStore.Content cut = () -> new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(data, 0, (1 << 20) + 10), new java.io.InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection cut (test)");
                    }
                });
        assertThrows(StorageException.class, () -> once.put(key, cut, data.length));
        String folder = "fc-" + key.replaceAll("[^A-Za-z0-9._-]", "_");
        assertEquals(List.of(), once.purgeLeftovers(List.of(RUN)), "a fresh upload folder may still be in use");
        assertEquals(List.of("unfinished upload " + folder),
                once.purgeLeftovers(List.of(RUN), java.time.Instant.now().plus(Duration.ofHours(25))));
    }

    @Test
    void aDeletedObjectDoesNotStayInTheTrashBin() throws Exception {
        DocumentStore store = store();
        String key = key("purged");
        store.put(key, of(bytes(200_000)), 200_000);
        store.delete(key);

        Sardine dav = SardineFactory.begin(USER, PASSWORD);
        List<String> left = NextcloudTrash.from(dav, URL, key).stream().map(r -> r.getHref().getPath()).toList();
        assertEquals(List.of(), left, "Nextcloud moves a deleted file to the trash bin: the store purges it there");
    }

    @Test
    void leftoversInTheTrashBinArePurgedByHousekeeping() throws Exception {
        WebDavStore store = store();
        String key = key("deleted-elsewhere");
        store.put(key, of(bytes(1000)), 1000);
        String claim = key.substring(0, key.lastIndexOf('/'));
        Sardine dav = SardineFactory.begin(USER, PASSWORD);
        dav.delete(URL.replaceFirst("/?$", "/") + key); // deleted as before the store purged its own deletes
        assertEquals(1, NextcloudTrash.from(dav, URL, key).size(), "Nextcloud keeps it in the trash bin");

        assertEquals(List.of(key), store.purgeLeftovers(List.of(claim)));
        assertEquals(List.of(), NextcloudTrash.from(dav, URL, key));
        assertEquals(List.of(), store.purgeLeftovers(List.of(claim)), "nothing left the second time");
    }

    @Test
    void aFullStoreAnswersFullAtOnceAndDoesNotRestTheServer() throws Exception {
        WebDavStore nextcloud = store();
        assumeTrue(OCC != null, "FC_IT_NEXTCLOUD_OCC is not set: the quota cannot be changed");
        CircuitBreaker breaker = new CircuitBreaker(2, 0.5, Duration.ofSeconds(30), java.time.Clock.systemUTC());
        DocumentStore store = new GuardedStore(nextcloud, breaker);
        String small = key("small");
        store.put(small, of(bytes(1000)), 1000);
        occ("user:setting " + USER + " files quota \"1 MB\"");
        try {
            for (int i = 0; i < 3; i++) {
                String big = key("big-" + i);
                long started = System.nanoTime();
                StorageException e = assertThrows(StorageException.class,
                        () -> store.put(big, of(bytes(2 * 1024 * 1024)), 2 * 1024 * 1024));
                assertInstanceOf(StorageException.Full.class, e, e.toString());
                assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), "not retried");
                assertEquals(-1, store.size(big), "nothing left under the key");
            }
            assertEquals(1000, store.size(small), "reads still work: a full store does not open the breaker");
        } finally {
            occ("user:setting " + USER + " files quota none");
        }
        store.delete(small);
    }

    @Test
    void maintenanceModeIsRetriedThenRestedByTheBreakerAndTheStoreWorksAfter() throws Exception {
        WebDavStore nextcloud = store();
        assumeTrue(OCC != null, "FC_IT_NEXTCLOUD_OCC is not set: maintenance mode cannot be switched");
        CircuitBreaker breaker = new CircuitBreaker(2, 0.5, Duration.ofSeconds(2), java.time.Clock.systemUTC());
        DocumentStore store = new GuardedStore(nextcloud, breaker);
        String key = key("maintenance");
        occ("maintenance:mode --on");
        try {
            for (int i = 0; i < 2; i++) {
                StorageException e = assertThrows(StorageException.class, () -> store.put(key, of(bytes(1000)), 1000));
                assertInstanceOf(StorageException.Unavailable.class, e, "503 is retried, then unavailable: " + e);
            }
            assertTrue(breaker.isOpen(), "two failures in a row open the breaker");
            long started = System.nanoTime();
            assertThrows(CircuitBreaker.Open.class, () -> store.put(key, of(bytes(1000)), 1000));
            assertTrue(System.nanoTime() - started < Duration.ofMillis(100).toNanos(), "refused without asking");
        } finally {
            occ("maintenance:mode --off");
        }
        Thread.sleep(2100); // the breaker's rest
        store.put(key, of(bytes(1000)), 1000); // the trial call closes it
        assertTrue(!breaker.isOpen(), "closed again");
        assertEquals(1000, store.size(key));
        store.delete(key);
    }

    /** Content whose reads break off once at each position given (one cut per position, in order). */
    private static final class Cut implements DocumentStore.Content {
        private final byte[] data;
        private final java.util.Deque<Long> cuts;
        private final java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();

        Cut(byte[] data, Long... at) {
            this.data = data;
            this.cuts = new java.util.concurrent.ConcurrentLinkedDeque<>(List.of(at));
        }

        long read() {
            return read.get();
        }

        boolean allCut() {
            return cuts.isEmpty();
        }

        @Override
        public InputStream open() {
            return new java.io.FilterInputStream(new java.io.ByteArrayInputStream(data)) {
                private long at;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    Long next = cuts.peekFirst();
                    if (next != null && at + len > next) {
                        len = (int) (next - at);
                        if (len <= 0) {
                            cuts.pollFirst();
                            throw new IOException("connection cut at byte " + at + " (test)");
                        }
                    }
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        at += n;
                        read.addAndGet(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    long skipped = super.skip(n);
                    at += skipped;
                    return skipped;
                }
            };
        }
    }

    /** Bytes that come at 1 MiB/s. */
    private static final class Trickle extends java.io.ByteArrayInputStream {
        private final long started = System.nanoTime();

        Trickle(byte[] data) {
            super(data);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            long due = started + (pos + (long) len) * 1_000_000_000L / (1 << 20);
            try {
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.read(b, off, len);
        }
    }

    /** Nothing of this run is left on the server: its folder, and the folder in the trash bin. */
    @org.junit.jupiter.api.AfterAll
    static void removeTheRunsFolder() throws IOException {
        if (URL != null && USER != null && PASSWORD != null) {
            Sardine dav = SardineFactory.begin(USER, PASSWORD);
            try {
                dav.delete(URL.replaceFirst("/?$", "/") + RUN + "/");
            } catch (IOException ignored) {
                return; // nothing was made
            }
            NextcloudTrash.purge(dav, URL, RUN);
        }
    }
}
