package eu.flightclaim.console.staff;

import eu.flightclaim.console.LazyRows;
import eu.flightclaim.claims.application.audit.AuditLog;
import eu.flightclaim.claims.application.Page;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.primefaces.model.LazyDataModel;

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

    private final LazyRows<AuditLog.Entry> entries = LazyRows.paged(this::fetch, e -> Long.toString(e.id()));

    private Page<AuditLog.Entry> fetch(int page, int size) {
        return audit.find(actor, target, day(from), to == null ? null : day(to.plusDays(1)), page, size);
    }

    private static OffsetDateTime day(LocalDate d) {
        return d == null ? null : d.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** What the entry's action changed, field by field. */
    public List<AuditChanges.Change> changes(AuditLog.Entry entry) {
        return AuditChanges.between(entry.before(), entry.after());
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
