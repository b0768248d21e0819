package eu.flightclaim.claims.infrastructure.health;

import eu.flightclaim.claims.infrastructure.persistence.DataSourceName;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a pooled connection to PostgreSQL answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return response.status(valid).withData("product", c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion()).build();
        } catch (Exception e) {
            return response.down().withData("error", HealthErrors.describe(e)).build();
        }
    }
}
