package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.application.system.DailyRuns;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * {@link DailyRuns} on PostgreSQL: the one whose insert of (task, day) succeeds runs the work; the
 * primary key turns the others away. SQL: an insert that may do nothing (ON CONFLICT), on its own connection.
 */
@ApplicationScoped
public class ScheduledRuns implements DailyRuns {

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public boolean claim(String task, LocalDate day) {
        try (Connection c = dataSource.getConnection()) {
            return claim(c, task, day);
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim " + task + " for " + day, e);
        }
    }

    static boolean claim(Connection c, String task, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scheduled_run (task, day) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, task);
            ps.setObject(2, day);
            return ps.executeUpdate() == 1;
        }
    }
}
