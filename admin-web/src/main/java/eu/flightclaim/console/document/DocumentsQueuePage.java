package eu.flightclaim.console.document;

import eu.flightclaim.console.LazyRows;
import eu.flightclaim.claims.application.claim.ClaimReviewService;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.domain.model.document.DocumentSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/** Documents waiting for a person: not reviewed yet, or rejected by the scanner; oldest first. */
@Named
@ViewScoped
public class DocumentsQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A queued document with the reference of its claim. */
    public record Row(DocumentSummary document, String claimReference) implements Serializable {
    }

    @EJB
    private DocumentService documents;
    @EJB
    private ClaimReviewService claims;

    private final LazyRows<Row> rows = new LazyRows<>(() -> documents.reviewQueueSize(), (first, size, sortBy) -> {
        List<DocumentSummary> queue = documents.reviewQueue(first, size);
        Map<UUID, String> references = claims.references(queue.stream().map(DocumentSummary::claimId)
                .collect(Collectors.toSet()));
        return queue.stream().map(d -> new Row(d, references.get(d.claimId()))).toList();
    }, row -> row.document().id().toString());

    public LazyDataModel<Row> getRows() {
        return rows;
    }
}
