package eu.flightclaim.claims.infrastructure.messaging;

import eu.flightclaim.claims.application.notification.EmailDispatcher;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives "dispatch email n" messages and hands them to the dispatcher. Delivery is not
 * transacted with the send: retries are the outbox's business (back-off in the row), so a failed
 * send never makes the broker redeliver in a tight loop.
 */
@JMSDestinationDefinition(name = EmailDispatchMdb.QUEUE_JNDI, interfaceName = "jakarta.jms.Queue",
        destinationName = EmailDispatchMdb.QUEUE_NAME)
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // the physical name: destinationLookup races with the destination's creation at deploy
        @ActivationConfigProperty(propertyName = "destination", propertyValue = EmailDispatchMdb.QUEUE_NAME),
        @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "4")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailDispatchMdb implements MessageListener {

    public static final String QUEUE_JNDI = "java:global/jms/flightclaim/EmailDispatchQueue";
    public static final String QUEUE_NAME = "FlightClaimEmailDispatch";
    private static final Logger LOG = Logger.getLogger(EmailDispatchMdb.class.getName());

    @EJB
    private EmailDispatcher dispatcher;

    @Override
    public void onMessage(Message message) {
        try {
            dispatcher.dispatch(Long.parseLong(((TextMessage) message).getText()));
        } catch (JMSException | RuntimeException e) {
            // the row stays PENDING or SENDING; the sweeper picks it up
            LOG.log(Level.WARNING, "Email dispatch message could not be handled", e);
        }
    }
}
