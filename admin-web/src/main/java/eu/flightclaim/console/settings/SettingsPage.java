package eu.flightclaim.console.settings;

import eu.flightclaim.console.LazyRows;
import eu.flightclaim.claims.application.notification.EmailTemplateCatalog;
import eu.flightclaim.claims.application.reference.ReferenceDataEditing;
import eu.flightclaim.claims.domain.model.notification.RenderedEmail;
import eu.flightclaim.console.Feedback;
import eu.flightclaim.console.Words;
import eu.flightclaim.files.application.ValidationRuleCatalog;
import eu.flightclaim.files.domain.model.ValidationRule;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.TabChangeEvent;
import org.primefaces.model.LazyDataModel;

/**
 * Settings (admins): document validation rules, email templates (edited with a preview; a broken
 * template is refused), limitation periods and airlines. Every save is audited by the service.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A validation rule being edited: sizes in MiB, types as a list. */
    public static final class RuleForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String documentType;
        private List<String> types;
        private Long maxMiB;
        private Integer maxPdfPages;
        private boolean scanRequired;

        public String getDocumentType() { return documentType; }
        public List<String> getTypes() { return types; }
        public void setTypes(List<String> v) { types = v; }
        public Long getMaxMiB() { return maxMiB; }
        public void setMaxMiB(Long v) { maxMiB = v; }
        public Integer getMaxPdfPages() { return maxPdfPages; }
        public void setMaxPdfPages(Integer v) { maxPdfPages = v; }
        public boolean isScanRequired() { return scanRequired; }
        public void setScanRequired(boolean v) { scanRequired = v; }
    }

    @EJB
    private ValidationRuleCatalog rules;
    @EJB
    private EmailTemplateCatalog templates;
    @EJB
    private ReferenceDataEditing reference;

    /** The tabs in their order; the open one is in the URL (?tab=airlines) so a reload or a link keeps it. */
    private static final List<String> TABS = List.of("rules", "templates", "limitations", "airlines");
    private String tab;

    private List<RuleForm> ruleForms;
    private String templateName;
    private String subject;
    private String text;
    private String html;
    private EmailTemplateCatalog.Template template;
    private RenderedEmail preview;
    private List<ReferenceDataEditing.LimitationRow> limitations;
    private String limitationCountry;
    private int limitationAmount;
    private String limitationUnit;
    private boolean limitationYearEnd;
    private String limitationBasis;
    private String airlineQuery;
    private String airlineIata;
    private String airlineIcao;
    private String airlineName;
    private String airlineCountry;

    public String getTab() { return tab; }
    public void setTab(String v) { tab = v; }

    public int getTabIndex() {
        return tab == null ? 0 : Math.max(0, TABS.indexOf(tab));
    }

    public void setTabIndex(int index) {
        tab = TABS.get(Math.max(0, Math.min(index, TABS.size() - 1)));
    }

    /** A tab opened: its name goes into the URL in place (no new history entry). */
    public void tabChanged(TabChangeEvent<?> event) {
        tab = TABS.contains(event.getTab().getId()) ? event.getTab().getId() : TABS.get(0);
        PrimeFaces.current().executeScript("history.replaceState(history.state, '', '?tab=" + tab + "');");
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    // --- validation rules

    public List<RuleForm> getRuleForms() {
        if (ruleForms == null) {
            ruleForms = new ArrayList<>();
            for (ValidationRule r : rules.all()) {
                RuleForm f = new RuleForm();
                f.documentType = r.documentType();
                f.types = new ArrayList<>(r.allowedMimeTypes());
                f.maxMiB = Math.max(1, r.maxSizeBytes() >> 20);
                f.maxPdfPages = r.maxPdfPages();
                f.scanRequired = r.scanRequired();
                ruleForms.add(f);
            }
        }
        return ruleForms;
    }

    public void saveRule(RuleForm f) {
        try {
            if (f.maxMiB == null) {
                Feedback.atField("tabs:rulesForm:rules:" + ruleForms.indexOf(f) + ":maxMiB", "Enter the maximum size in MiB.");
                return;
            }
            rules.update(new ValidationRule(f.documentType, new LinkedHashSet<>(f.types == null ? List.of() : f.types),
                    f.maxMiB << 20, f.maxPdfPages, f.scanRequired), actor());
            Feedback.info("The rule for " + f.documentType.replace('_', ' ') + " is saved.");
            ruleForms = null;
        } catch (RuntimeException e) {
            Feedback.failure("Saving the rule for " + f.documentType, e);
        }
    }

    public List<String> getKnownTypes() {
        return ValidationRuleCatalog.KNOWN_TYPES.stream().sorted().toList();
    }

    // --- email templates

    /** The parts of a template as the catalog names them, and their fields here. */
    private static final Map<String, String> TEMPLATE_FIELDS = Map.of("subject", "tabs:templateForm:subject",
            "txt", "tabs:templateForm:text", "html", "tabs:templateForm:html");

    public List<String> getTemplateNames() {
        return templates.names();
    }

    public void openTemplate() {
        if (templateName == null || templateName.isBlank()) {
            template = null;
            return;
        }
        template = templates.get(templateName);
        subject = template.parts().get("subject");
        text = template.parts().get("txt");
        html = template.parts().get("html");
        preview = null;
    }

    private Map<String, String> edited() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("subject", subject);
        parts.put("txt", text);
        parts.put("html", html);
        return parts;
    }

    public void previewTemplate() {
        try {
            preview = templates.preview(templateName, edited());
        } catch (RuntimeException e) {
            preview = null;
            Feedback.failure("The template cannot be used", e, TEMPLATE_FIELDS);
        }
    }

    public void saveTemplate() {
        Feedback.attempt("Not saved", () -> {
            template = templates.save(actor(), templateName, edited());
            preview = templates.preview(templateName, edited());
            return "Template " + templateName + " saved; emails sent from now on use it.";
        }, TEMPLATE_FIELDS);
    }

    public void resetTemplate() {
        Feedback.attempt("Resetting the template", () -> {
            templates.reset(actor(), templateName);
            openTemplate();
            return "Template " + templateName + " is back to the shipped version.";
        });
    }

    // --- limitation periods

    public List<ReferenceDataEditing.LimitationRow> getLimitations() {
        if (limitations == null) {
            limitations = reference.limitationPeriods();
        }
        return limitations;
    }

    /** "2 years", "1 year". */
    public String period(ReferenceDataEditing.LimitationRow row) {
        return Words.count(row.amount(), "unit." + row.unit());
    }

    public void editLimitation(ReferenceDataEditing.LimitationRow row) {
        limitationCountry = row == null ? null : row.countryCode();
        limitationAmount = row == null ? 2 : row.amount();
        limitationUnit = row == null ? "YEARS" : row.unit();
        limitationYearEnd = row != null && row.endsAtYearEnd();
        limitationBasis = row == null ? null : row.basis();
    }

    public void saveLimitation() {
        if (Feedback.attempt("Saving the limitation period", () -> {
            reference.saveLimitationPeriod(actor(), new ReferenceDataEditing.LimitationRow(limitationCountry, null,
                    limitationAmount, limitationUnit, limitationYearEnd, limitationBasis, null));
            return "The limitation period for " + limitationCountry + " is saved; new deadlines use it.";
        }, Map.of("countryCode", "tabs:limitationForm:country", "amount", "tabs:limitationForm:amount",
                "unit", "tabs:limitationForm:unit", "basis", "tabs:limitationForm:basis"))) {
            limitations = null;
        }
    }

    // --- airlines

    private final LazyRows<ReferenceDataEditing.AirlineRow> airlines = LazyRows.paged(
            (page, size) -> reference.airlines(airlineQuery, page, size), ReferenceDataEditing.AirlineRow::iataCode);

    public void editAirline(ReferenceDataEditing.AirlineRow row) {
        airlineIata = row == null ? null : row.iataCode();
        airlineIcao = row == null ? null : row.icaoCode();
        airlineName = row == null ? null : row.name();
        airlineCountry = row == null ? null : row.countryCode();
    }

    public void saveAirline() {
        Feedback.attempt("Saving the airline", () -> "Airline " + reference.saveAirline(actor(),
                new ReferenceDataEditing.AirlineRow(airlineIata, airlineIcao, airlineName, airlineCountry, null)).iataCode()
                + " saved; the engine uses it from now on.", Map.of("iataCode", "tabs:airlineForm:iata",
                "icaoCode", "tabs:airlineForm:icao", "name", "tabs:airlineForm:airlineName",
                "countryCode", "tabs:airlineForm:licence"));
    }

    public LazyDataModel<ReferenceDataEditing.AirlineRow> getAirlines() { return airlines; }
    public String getTemplateName() { return templateName; }
    public void setTemplateName(String v) { templateName = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getHtml() { return html; }
    public void setHtml(String v) { html = v; }
    public EmailTemplateCatalog.Template getTemplate() { return template; }
    public RenderedEmail getPreview() { return preview; }
    public String getLimitationCountry() { return limitationCountry; }
    public void setLimitationCountry(String v) { limitationCountry = v; }
    public int getLimitationAmount() { return limitationAmount; }
    public void setLimitationAmount(int v) { limitationAmount = v; }
    public String getLimitationUnit() { return limitationUnit; }
    public void setLimitationUnit(String v) { limitationUnit = v; }
    public boolean isLimitationYearEnd() { return limitationYearEnd; }
    public void setLimitationYearEnd(boolean v) { limitationYearEnd = v; }
    public String getLimitationBasis() { return limitationBasis; }
    public void setLimitationBasis(String v) { limitationBasis = v; }
    public String getAirlineQuery() { return airlineQuery; }
    public void setAirlineQuery(String v) { airlineQuery = v; }
    public String getAirlineIata() { return airlineIata; }
    public void setAirlineIata(String v) { airlineIata = v; }
    public String getAirlineIcao() { return airlineIcao; }
    public void setAirlineIcao(String v) { airlineIcao = v; }
    public String getAirlineName() { return airlineName; }
    public void setAirlineName(String v) { airlineName = v; }
    public String getAirlineCountry() { return airlineCountry; }
    public void setAirlineCountry(String v) { airlineCountry = v; }
}
