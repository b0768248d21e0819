package eu.flightclaim.claims.infrastructure.health;

import eu.flightclaim.claims.infrastructure.messaging.EmailDispatchMdb;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the broker accepts a connection and the email dispatch queue can be browsed. */
@Readiness
@ApplicationScoped
public class JmsHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(JmsHealthCheck.class.getName());

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = EmailDispatchMdb.QUEUE_JNDI)
    private Queue emailQueue;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("jms");
        Exception last = null;
        // up to three tries: a pooled connection can fail once (an IllegalStateException without a
        // message, seen while the email MDB was redelivering) without the broker being down
        for (int attempt = 0; attempt < 3; attempt++) {
            try (JMSContext context = connectionFactory.createContext();
                    QueueBrowser browser = context.createBrowser(emailQueue)) {
                browser.getEnumeration();
                return response.up().withData("queue", EmailDispatchMdb.QUEUE_NAME).build();
            } catch (Exception e) {
                last = e;
                pause();
            }
        }
        LOG.log(Level.WARNING, "The JMS readiness check failed three times", last);
        return response.down().withData("error", HealthErrors.describe(last)).build();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
