package eu.flightclaim.claims.application.notification;

import java.time.Duration;

/** Hands an outbox row to the dispatcher, now or after a delay (a JMS queue: {@code infrastructure.messaging}). */
public interface EmailDispatch {

    void enqueue(long emailId);

    void enqueue(long emailId, Duration delay);
}
