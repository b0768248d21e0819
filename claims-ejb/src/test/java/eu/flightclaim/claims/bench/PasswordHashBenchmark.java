package eu.flightclaim.claims.bench;

import eu.flightclaim.claims.domain.model.staff.Argon2idPasswordHasher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** JMH: what one staff sign-in's Argon2id verification costs (OWASP parameters: 19 MiB, t=2, p=1). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PasswordHashBenchmark {

    private final String hash = Argon2idPasswordHasher.DEFAULT.hash("violet-harbour-7-lantern");

    @Benchmark
    public boolean verify() {
        return Argon2idPasswordHasher.DEFAULT.verify("violet-harbour-7-lantern", hash);
    }
}
