package eu.flightclaim.claims.infrastructure.health;

import eu.flightclaim.claims.infrastructure.messaging.EmailDispatchMdb;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the broker accepts a connection and the email dispatch queue can be browsed. */
@Readiness
@ApplicationScoped
public class JmsHealthCheck implements HealthCheck {

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = EmailDispatchMdb.QUEUE_JNDI)
    private Queue emailQueue;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("jms");
        try (JMSContext context = connectionFactory.createContext(); QueueBrowser browser = context.createBrowser(emailQueue)) {
            browser.getEnumeration();
            return response.up().withData("queue", EmailDispatchMdb.QUEUE_NAME).build();
        } catch (Exception e) {
            return response.down().withData("error", HealthErrors.describe(e)).build();
        }
    }
}
