package eu.flightclaim.console.document;

import eu.flightclaim.claims.application.ClaimReviewService;
import eu.flightclaim.files.application.DocumentService;
import eu.flightclaim.files.domain.model.document.Document;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Documents waiting for a person: not reviewed yet, or rejected by the scanner; oldest first. */
@Named
@ViewScoped
public class DocumentsQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A queued document with the reference of its claim. */
    public record Row(Document document, String claimReference) {
    }

    @EJB
    private DocumentService documents;
    @EJB
    private ClaimReviewService claims;

    private final LazyDataModel<Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) documents.reviewQueue(0, 1).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            DocumentService.ReviewQueue queue = documents.reviewQueue(first, pageSize);
            setRowCount((int) queue.total());
            Map<UUID, String> references = claims.references(queue.items().stream().map(Document::claimId)
                    .collect(Collectors.toSet()));
            return queue.items().stream().map(d -> new Row(d, references.get(d.claimId()))).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return row.document().id().toString();
        }
    };

    public LazyDataModel<Row> getRows() {
        return rows;
    }
}
