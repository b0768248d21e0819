package eu.flightclaim.files.application;

import java.util.UUID;

/** Asks for a stored document to be scanned, after the upload's record is committed (a JMS queue). */
public interface ScanRequests {

    void enqueue(UUID documentId);
}
