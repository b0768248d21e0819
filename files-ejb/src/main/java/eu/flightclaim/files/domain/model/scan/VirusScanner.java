package eu.flightclaim.files.domain.model.scan;

import java.io.IOException;
import java.io.InputStream;

/** Scans a document's content for malware (clamd: {@code infrastructure.scanning.ClamdScanner}). */
public interface VirusScanner {

    /** What the scanner said of one stream. */
    record Verdict(boolean clean, String signature) {
    }

    /** True when the scanner answers. */
    boolean ping();

    /** Reads {@code content} to its end, in pieces, never whole in memory. */
    Verdict scan(InputStream content) throws IOException;

    /** Where the scanner is, for messages. */
    String describe();
}
