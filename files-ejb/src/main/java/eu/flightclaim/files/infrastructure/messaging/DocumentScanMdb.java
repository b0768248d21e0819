package eu.flightclaim.files.infrastructure.messaging;

import eu.flightclaim.files.application.DocumentScanning;
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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives "scan document x" and has it scanned. A scan that fails (clamd down) leaves the document
 * in SCANNING, where the document-rescan job finds it: no redelivery loop against a dead clamd.
 */
@JMSDestinationDefinition(name = DocumentScanMdb.QUEUE_JNDI, interfaceName = "jakarta.jms.Queue",
        destinationName = DocumentScanMdb.QUEUE_NAME)
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DocumentScanMdb.QUEUE_NAME),
        @ActivationConfigProperty(propertyName = "maxPoolSize", propertyValue = "4")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentScanMdb implements MessageListener {

    public static final String QUEUE_JNDI = "java:global/jms/flightclaim/DocumentScanQueue";
    public static final String QUEUE_NAME = "FlightClaimDocumentScan";
    private static final Logger LOG = Logger.getLogger(DocumentScanMdb.class.getName());

    @EJB
    private DocumentScanning scanning;

    @Override
    public void onMessage(Message message) {
        try {
            scanning.scan(UUID.fromString(((TextMessage) message).getText()));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Document scan message could not be handled; the rescan job will retry", e);
        }
    }
}
