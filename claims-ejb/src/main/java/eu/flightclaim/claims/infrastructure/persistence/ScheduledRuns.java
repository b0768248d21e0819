package eu.flightclaim.claims.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * "Once per cluster and day" for scheduled work: every instance's timer fires, and the one whose
 * insert of (task, day) succeeds runs the work; the primary key turns the others away.
 */
public final class ScheduledRuns {

    private ScheduledRuns() {
    }

    /** True for the first caller of the day for this task, across every instance sharing the database. */
    public static boolean claim(Connection c, String task, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scheduled_run (task, day) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, task);
            ps.setObject(2, day);
            return ps.executeUpdate() == 1;
        }
    }
}
