package eu.flightclaim.console.staff;

import eu.flightclaim.claims.application.AuditLog;
import eu.flightclaim.claims.application.Page;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log (superadmin), newest first, filtered by actor, target and days. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditLog audit;

    private String actor;
    private String target;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditLog.Entry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) fetch(0, 1).total();
        }

        @Override
        public List<AuditLog.Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<AuditLog.Entry> page = fetch(first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditLog.Entry e) {
            return Long.toString(e.id());
        }
    };

    private Page<AuditLog.Entry> fetch(int page, int size) {
        return audit.find(actor, target, day(from), to == null ? null : day(to.plusDays(1)), page, size);
    }

    private static OffsetDateTime day(LocalDate d) {
        return d == null ? null : d.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    public LazyDataModel<AuditLog.Entry> getEntries() { return entries; }
    public String getActor() { return actor; }
    public void setActor(String v) { actor = v; }
    public String getTarget() { return target; }
    public void setTarget(String v) { target = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}
