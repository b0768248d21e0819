package eu.flightclaim.claims.bench;

import eu.flightclaim.claims.application.claim.ClaimFilter;
import eu.flightclaim.claims.MigratedDatabase;
import eu.flightclaim.claims.infrastructure.persistence.ClaimSearchQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one page of the staff claim list (count + rows, as the API runs them) over 100,000 claims in
 * a real PostgreSQL 17 (embedded), for the filters reviewers use most.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClaimSearchBenchmark {

    private Connection connection;

    @Setup(Level.Trial)
    public void seed() throws SQLException, java.io.IOException {
        connection = MigratedDatabase.connection();
        try (Statement s = connection.createStatement()) {
            s.execute(new String(ClaimSearchBenchmark.class.getResourceAsStream("/bench/seed-claims.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    private int page(ClaimFilter f) throws SQLException {
        ClaimSearchQuery q = new ClaimSearchQuery(f);
        List<Object> params = q.params();
        int rows = 0;
        try (PreparedStatement count = connection.prepareStatement(q.countSql());
                PreparedStatement page = connection.prepareStatement(q.pageSql())) {
            for (int i = 0; i < params.size(); i++) {
                count.setObject(i + 1, params.get(i));
                page.setObject(i + 1, params.get(i));
            }
            page.setLong(params.size() + 1, 0);
            page.setInt(params.size() + 2, 20);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                rows += rs.getInt(1);
            }
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    private static ClaimFilter filter(List<String> statuses, Boolean flagged, Integer within, String text,
            String sort) {
        return new ClaimFilter(statuses, null, false, null, null, null, null, flagged, within, text, sort);
    }

    @Benchmark
    public int openQueueNewestFirst() throws SQLException {
        return page(filter(List.of("SUBMITTED", "RESUBMITTED"), null, null, null, null));
    }

    @Benchmark
    public int nearDeadlineByDeadline() throws SQLException {
        return page(filter(null, null, 30, null, "deadline"));
    }

    @Benchmark
    public int flagged() throws SQLException {
        return page(filter(null, true, null, null, null));
    }

    @Benchmark
    public int searchByReference() throws SQLException {
        return page(filter(null, null, null, "FC-2025-054321", null));
    }

    @Benchmark
    public int searchByPassengerName() throws SQLException {
        return page(filter(null, null, null, "last54321", null));
    }

    @Benchmark
    public int searchByCustomerEmail() throws SQLException {
        return page(filter(null, null, null, "customer4321@", null));
    }
}
