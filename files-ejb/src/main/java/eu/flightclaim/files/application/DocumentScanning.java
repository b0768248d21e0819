package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.scan.VirusScanner;

import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.DocumentAccess;
import eu.flightclaim.files.domain.model.document.DocumentRepository;
import eu.flightclaim.files.domain.model.document.DocumentScanned;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Virus scanning of stored documents with clamd: the decrypted content streams to clamd; the
 * document goes SCANNING → VALIDATED, or REJECTED with the signature (the customer is told, and the
 * content is then only ever served to admins, as a quarantined file).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a scan takes as long as the file: no transaction held
public class DocumentScanning {

    private static final Logger LOG = Logger.getLogger(DocumentScanning.class.getName());

    @Inject
    private DocumentSettings settings;
    @EJB
    private DocumentRepository documents;
    @EJB
    private DocumentService service;
    @Inject
    private Event<DocumentScanned> scanned;
    @Inject
    private DocumentMetrics metrics;

    /** Scans one document if it is waiting; returns false when clamd could not be asked (it stays SCANNING). */
    public boolean scan(UUID id) {
        VirusScanner scanner = settings.scanner();
        Document doc = documents.find(id).orElse(null);
        if (scanner == null || doc == null || !"SCANNING".equals(doc.status())) {
            return true;
        }
        VirusScanner.Verdict verdict;
        try (InputStream content = service.open(doc, 0, null, new DocumentService.Actor("scanner", null, null))
                .stream()) {
            verdict = scanner.scan(content);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Scanning document " + id + " failed; it stays SCANNING for the rescan job", e);
            metrics.scanned(DocumentMetrics.ScanResult.FAILED);
            return false;
        }
        metrics.scanned(verdict.clean() ? DocumentMetrics.ScanResult.CLEAN : DocumentMetrics.ScanResult.INFECTED);
        if (verdict.clean()) {
            documents.finishScan(id, "VALIDATED", "CLEAN");
        } else if (documents.finishScan(id, "REJECTED", verdict.signature())) {
            documents.log(new DocumentAccess(id, "scanner", "REVIEW", "DENIED", null, null,
                    "malware: " + verdict.signature()));
            scanned.fire(new DocumentScanned(id, doc.claimId(), doc.documentType(), doc.originalName(),
                    verdict.signature()));
        }
        return true;
    }

    /** The backlog: documents waiting for a scan longer than {@code waiting}; scanned while clamd answers. */
    public int rescan(Duration waiting) {
        VirusScanner scanner = settings.scanner();
        if (scanner == null || !scanner.ping()) {
            return 0;
        }
        int done = 0;
        for (UUID id : documents.waitingForScan(waiting, 1000)) {
            if (!scan(id)) {
                break; // clamd went away again
            }
            done++;
        }
        return done;
    }
}
