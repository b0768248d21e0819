package eu.flightclaim.claims.application.system;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The state of what this instance depends on but can do without (SMTP, the document store, clamd),
 * with since when each has been in it: probed every 30 s and whenever someone asks. Deliberately not
 * readiness — a load balancer acting on it would take every instance out for one mail server — but
 * what an operator alerts on. The state is this instance's view (each instance probes for itself).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DependencyMonitor {

    private static final Logger LOG = Logger.getLogger(DependencyMonitor.class.getName());
    /** Longer than any probe's own timeouts: a probe that hangs past it is reported down. */
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(12);

    public enum State { UP, DOWN, NOT_CONFIGURED }

    /** One dependency: its state, since when it has been in it, when it was last asked, and why it is down. */
    public record Dependency(String name, State state, Instant since, Instant checkedAt, String fault) {
    }

    @Inject
    @Any
    private Instance<DependencyProbe> probes;
    @Resource
    private ManagedExecutorService executor;

    private final Map<String, Dependency> states = new ConcurrentHashMap<>();

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void every30Seconds() {
        check();
    }

    /** Probes every dependency now (in parallel, bounded) and returns them by name. */
    public List<Dependency> check() {
        List<DependencyProbe> all = probes.stream().toList();
        List<CompletableFuture<Optional<String>>> running = new ArrayList<>();
        for (DependencyProbe p : all) {
            running.add(p.configured() ? CompletableFuture.supplyAsync(p::fault, executor) : null);
        }
        List<Dependency> report = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DependencyProbe p = all.get(i);
            State state;
            String fault = null;
            if (running.get(i) == null) {
                state = State.NOT_CONFIGURED;
            } else {
                try {
                    Optional<String> f = running.get(i).get(PROBE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                    state = f.isEmpty() ? State.UP : State.DOWN;
                    fault = f.orElse(null);
                } catch (Exception e) {
                    state = State.DOWN;
                    fault = "no answer within " + PROBE_LIMIT.toSeconds() + " s (" + e.getClass().getSimpleName() + ")";
                }
            }
            report.add(record(p.name(), state, fault));
        }
        report.sort(Comparator.comparing(Dependency::name));
        return report;
    }

    /** The states as last probed, without probing (empty until the first probe). */
    public List<Dependency> lastKnown() {
        return List.copyOf(states.values());
    }

    private Dependency record(String name, State state, String fault) {
        Instant now = Instant.now();
        return states.compute(name, (n, before) -> {
            boolean changed = before == null || before.state() != state;
            if (changed && before != null) {
                LOG.warning(() -> "Dependency " + name + " is " + state + " (was " + before.state() + " since "
                        + before.since() + ")" + (fault == null ? "" : ": " + fault));
            }
            return new Dependency(name, state, changed ? now : before.since(), now, fault);
        });
    }
}
