package eu.flightclaim.claims.infrastructure.messaging;

import eu.flightclaim.claims.application.notification.EmailDispatch;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;

/**
 * Sends "dispatch email n" messages. Called inside the caller's transaction, the message leaves
 * only when that transaction commits, together with the outbox row it names.
 */
@Stateless
@LocalBean
@Local(EmailDispatch.class)
public class EmailDispatchQueue implements EmailDispatch {

    @Inject
    private JMSContext jms;

    @Resource(lookup = EmailDispatchMdb.QUEUE_JNDI)
    private Queue queue;

    public void enqueue(long emailId) {
        enqueue(emailId, Duration.ZERO);
    }

    public void enqueue(long emailId, Duration delay) {
        jms.createProducer().setDeliveryDelay(delay.toMillis()).send(queue, Long.toString(emailId));
    }
}
