package eu.flightclaim.claims.infrastructure.messaging;

import eu.flightclaim.claims.application.reference.ReferenceChanges;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

/** {@link ReferenceChanges} as a message on a JMS topic, which every instance's {@link ReferenceChangesMdb} hears. */
@Stateless
@Local(ReferenceChanges.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // after the change's commit: sent at once
public class ReferenceChangesTopic implements ReferenceChanges {

    @Inject
    private JMSContext jms;

    @Resource(lookup = ReferenceChangesMdb.TOPIC_JNDI)
    private Topic topic;

    @Override
    public void announce() {
        jms.createProducer().send(topic, "reference-data-changed");
    }
}
