package eu.flightclaim.files.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.sardine.Sardine;
import com.github.sardine.SardineFactory;
import eu.flightclaim.files.domain.model.storage.Backoff;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The store's cost on a real Nextcloud (docs/benchmarks.md), not part of the suite: with the
 * {@code FC_IT_NEXTCLOUD_*} variables and {@code FC_BENCH=1}, run
 * {@code mvn verify -pl files-ejb -Dit.test=NextcloudStoreBenchIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * 8 clients each store distinct 2 MiB objects for 15 s through {@link WebDavStore#put} (collections,
 * PUT, whatever checks it makes), then 8 clients PUT the same bytes raw (one request each, the
 * ceiling), in the same run; prints uploads per second and the ratio. It asserts nothing about speed.
 */
class NextcloudStoreBenchIT {

    private static final String URL = System.getenv("FC_IT_NEXTCLOUD_URL");
    private static final String USER = System.getenv("FC_IT_NEXTCLOUD_USER");
    private static final String PASSWORD = System.getenv("FC_IT_NEXTCLOUD_PASSWORD");
    private static final int CLIENTS = 8;
    private static final int SIZE = 2 * 1024 * 1024;
    private static final Duration RUN = Duration.ofSeconds(15);

    @Test
    void storeAgainstRawPutsOfTwoMebibytesAtEightClients() throws Exception {
        assumeTrue(System.getenv("FC_BENCH") != null && URL != null && USER != null && PASSWORD != null,
                "a benchmark: FC_BENCH=1 and the FC_IT_NEXTCLOUD_* variables to run it");
        String run = "fc-bench-" + System.nanoTime();
        byte[] data = new byte[SIZE];
        new Random(7).nextBytes(data);
        WebDavStore store = new WebDavStore(URL, USER, PASSWORD, new Backoff(3, Duration.ofMillis(50),
                Duration.ofMillis(500)), Duration.ofSeconds(5), Duration.ofSeconds(60));
        Sardine raw = SardineFactory.begin(USER, PASSWORD);
        String base = URL.replaceFirst("/?$", "/");
        raw.createDirectory(base + run + "-raw/");
        AtomicInteger claim = new AtomicInteger();
        try {
            // each client's uploads go to claims of its own, a new claim every 4 uploads (as customers do)
            double store8 = rate(i -> {
                int n = claim.incrementAndGet();
                store.put(run + "/claims/c-" + (n / 4) + "/d-" + n, () -> new ByteArrayInputStream(data), SIZE);
            });
            double raw8 = rate(i -> {
                raw.put(base + run + "-raw/d-" + claim.incrementAndGet(), new ByteArrayInputStream(data),
                        "application/octet-stream", false, SIZE);
            });
            System.out.printf("NEXTCLOUD STORE BENCH: %d clients, %d MiB each: store %.2f/s, raw PUT %.2f/s, ratio %.2f%n",
                    CLIENTS, SIZE >> 20, store8, raw8, store8 / raw8);
            assertEquals(SIZE, store.size(run + "/claims/c-0/d-1"), "the bytes are stored");
        } finally {
            raw.delete(base + run + "/");
            raw.delete(base + run + "-raw/");
            NextcloudTrash.purge(raw, URL, run); // what this run's folders left in the trash bin
        }
    }

    @FunctionalInterface
    private interface Upload {
        void run(int client) throws Exception;
    }

    /** Uploads per second of {@code CLIENTS} clients uploading for {@link #RUN}. */
    private static double rate(Upload upload) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + RUN.toNanos();
        long started = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Callable<Integer> work = () -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    upload.run(client);
                    n++;
                }
                return n;
            };
            done.add(pool.submit(work));
        }
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - started) / 1e9);
    }
}
