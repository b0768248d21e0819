package eu.flightclaim.console.dashboard;

import eu.flightclaim.claims.application.claim.ClaimReviewService;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard: the book's numbers and a chart of new claims per week by status. */
@Named
@RequestScoped
public class DashboardPage {

    static final int WEEKS = 12;
    /** Status colours of the chart, in workflow order. */
    private static final Map<String, String> COLOURS = Map.of("submitted", "#60a5fa", "under_review", "#a78bfa",
            "documents_requested", "#fbbf24", "resubmitted", "#f59e0b", "approved", "#34d399", "paid", "#059669",
            "rejected", "#f87171", "withdrawn", "#9ca3af");

    @EJB
    private ClaimReviewService claims;

    private ClaimReviewService.Stats stats;
    private ClaimReviewService.Activity activity;

    public ClaimReviewService.Stats getStats() {
        if (stats == null) {
            stats = claims.stats();
        }
        return stats;
    }

    public ClaimReviewService.Activity getActivity() {
        if (activity == null) {
            activity = claims.activity(WEEKS);
        }
        return activity;
    }

    public String getToday() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    /** Monday of this week (UTC): the week the "new this week" card counts, as the database's date_trunc. */
    public String getWeekStart() {
        return LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    }

    public List<Map.Entry<String, Long>> getByStatus() {
        return new ArrayList<>(getStats().byStatus().entrySet());
    }

    /** "3 d 4 h", or a dash before the first decision. */
    public String getMedianTimeToDecision() {
        Duration d = getStats().medianTimeToDecision();
        if (d == null) {
            return "—";
        }
        return d.toDays() > 0 ? d.toDays() + " d " + d.toHoursPart() + " h" : d.toHours() + " h " + d.toMinutesPart() + " min";
    }

    /** Chart.js configuration (PrimeFaces p:chart): a stacked bar per week, one data set per status. */
    public String getWeeklyChart() {
        LocalDate thisWeek = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            weeks.add(thisWeek.minusWeeks(i));
        }
        Map<String, long[]> series = new LinkedHashMap<>();
        for (ClaimStatus s : ClaimStatus.values()) {
            series.put(s.apiName(), new long[WEEKS]);
        }
        for (ClaimReviewService.WeekCount c : getActivity().weeks()) {
            int i = weeks.indexOf(c.week());
            if (i >= 0 && series.containsKey(c.status())) {
                series.get(c.status())[i] += c.count();
            }
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        weeks.forEach(w -> labels.add(w.toString()));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        series.forEach((status, counts) -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (long n : counts) {
                data.add(n);
            }
            sets.add(Json.createObjectBuilder().add("label", status.replace('_', ' ')).add("data", data)
                    .add("backgroundColor", COLOURS.getOrDefault(status, "#6b7280")));
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
