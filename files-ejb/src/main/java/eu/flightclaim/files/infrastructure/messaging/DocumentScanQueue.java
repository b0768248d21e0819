package eu.flightclaim.files.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.UUID;

/** Sends "scan document x" messages (after the upload's record is committed). */
@Stateless
public class DocumentScanQueue {

    @Inject
    private JMSContext jms;

    @Resource(lookup = DocumentScanMdb.QUEUE_JNDI)
    private Queue queue;

    public void enqueue(UUID documentId) {
        jms.createProducer().send(queue, documentId.toString());
    }
}
