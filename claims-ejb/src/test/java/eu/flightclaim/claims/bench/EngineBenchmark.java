package eu.flightclaim.claims.bench;

import eu.flightclaim.claims.ReferenceFixtures;
import eu.flightclaim.claims.domain.model.compensation.Assessment;
import eu.flightclaim.claims.domain.model.compensation.Cause;
import eu.flightclaim.claims.domain.model.compensation.CompensationEngine;
import eu.flightclaim.claims.domain.model.compensation.Disruption;
import eu.flightclaim.claims.domain.model.compensation.Journey;
import eu.flightclaim.claims.domain.model.compensation.Leg;
import java.util.List;
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

/**
 * JMH: the engine evaluating two-leg journeys (both regimes, reasons and legal basis included) on
 * one thread. Run with scripts/bench-engine.sh; results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EngineBenchmark {

    private final CompensationEngine engine = new CompensationEngine();
    private final Journey romeHamburg = new Journey(List.of(
            new Leg(ReferenceFixtures.airport("FCO"), ReferenceFixtures.airport("BRU"), ReferenceFixtures.carrier("SN")),
            new Leg(ReferenceFixtures.airport("BRU"), ReferenceFixtures.airport("HAM"), ReferenceFixtures.carrier("SN"))));
    private final Journey pragueBangkok = new Journey(List.of(
            new Leg(ReferenceFixtures.airport("PRG"), ReferenceFixtures.airport("AUH"), ReferenceFixtures.carrier("OK")),
            new Leg(ReferenceFixtures.airport("AUH"), ReferenceFixtures.airport("BKK"), ReferenceFixtures.carrier("EY"))));
    private final Disruption delay = Disruption.delay(230, Cause.NONE);
    private final Disruption cancellation = Disruption.cancellation(3, new Disruption.Reroute(-30, 150), Cause.TECHNICAL);

    @Benchmark
    public Assessment twoLegDelay() {
        return engine.assess(romeHamburg, delay);
    }

    @Benchmark
    public Assessment twoLegLongHaulCancellation() {
        return engine.assess(pragueBangkok, cancellation);
    }
}
