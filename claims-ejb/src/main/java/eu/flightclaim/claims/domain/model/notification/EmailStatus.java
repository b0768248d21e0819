package eu.flightclaim.claims.domain.model.notification;

/** Where an outbox email is: waiting (or waiting to retry), being sent, sent, or given up on. */
public enum EmailStatus {
    PENDING, SENDING, SENT, FAILED
}
