package eu.flightclaim.claims.infrastructure.messaging;

import eu.flightclaim.claims.application.reference.ReferenceData;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance subscribes (non-durably: an instance that is down loads the tables afresh when it
 * starts) and reloads its reference-data snapshot when a change is announced.
 */
@JMSDestinationDefinition(name = ReferenceChangesMdb.TOPIC_JNDI, interfaceName = "jakarta.jms.Topic",
        destinationName = ReferenceChangesMdb.TOPIC_NAME)
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        // the physical name: destinationLookup races with the destination's creation at deploy
        @ActivationConfigProperty(propertyName = "destination", propertyValue = ReferenceChangesMdb.TOPIC_NAME),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "1")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReferenceChangesMdb implements MessageListener {

    public static final String TOPIC_JNDI = "java:global/jms/flightclaim/ReferenceChangesTopic";
    public static final String TOPIC_NAME = "FlightClaimReferenceChanges";
    private static final Logger LOG = Logger.getLogger(ReferenceChangesMdb.class.getName());

    @Inject
    private ReferenceData referenceData;

    @Override
    public void onMessage(Message message) {
        try {
            referenceData.announced();
        } catch (RuntimeException e) {
            // the snapshot stays as it was; the next announcement or a restart loads it
            LOG.log(Level.WARNING, "Reference data could not be reloaded after an announced change", e);
        }
    }
}
