package eu.flightclaim.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A benchmark's load: a number of clients, each sending its next request when the last one answered. */
final class ClosedLoop {

    /** One request of one client; {@code sequence} is unique across the clients of a run. */
    @FunctionalInterface
    interface Request {
        void run(int client, int sequence) throws Exception;
    }

    /** Requests done in a run, with their latencies. */
    record Result(int requests, double seconds, long[] nanos) {
        double rate() {
            return requests / seconds;
        }

        long percentileMillis(double p) {
            return nanos.length == 0 ? 0 : nanos[(int) Math.min(nanos.length - 1, Math.floor(p * nanos.length))] / 1_000_000;
        }

        String describe() {
            return String.format("%d in %.1f s = %.1f/s, p50 %d ms, p99 %d ms", requests, seconds, rate(),
                    percentileMillis(0.5), percentileMillis(0.99));
        }
    }

    private ClosedLoop() {
    }

    /** {@code clients} threads doing {@code request} back to back for {@code length}; a failed request fails the run. */
    static Result run(int clients, Request request, Duration length) throws Exception {
        System.out.printf("BENCH %tT a run of %d s%n", java.time.LocalTime.now(), length.toSeconds());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        long end = started + length.toNanos();
        int[] sequence = new int[clients];
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        request.run(client, sequence[client]++ + client * 1_000_000);
                        nanos.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted.length, seconds, sorted);
    }
}
