package eu.flightclaim.files.infrastructure.messaging;

import eu.flightclaim.files.application.ScanRequests;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.UUID;

/** Sends "scan document x" messages (after the upload's record is committed). */
@Stateless
@LocalBean
@Local(ScanRequests.class)
public class DocumentScanQueue implements ScanRequests {

    @Inject
    private JMSContext jms;

    @Resource(lookup = DocumentScanMdb.QUEUE_JNDI)
    private Queue queue;

    @Override
    public void enqueue(UUID documentId) {
        jms.createProducer().send(queue, documentId.toString());
    }
}
