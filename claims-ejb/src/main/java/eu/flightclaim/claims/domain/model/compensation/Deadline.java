package eu.flightclaim.claims.domain.model.compensation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The last day to claim in one country's courts, and the law that sets it. */
public record Deadline(String countryCode, LocalDate deadline, String basis) {

    /** Outermost regions OurAirports codes separately; their limitation law is the member state's. */
    private static final Map<String, String> STATE_OF_REGION = Map.of("RE", "FR", "GP", "FR", "MQ", "FR", "GF", "FR",
            "YT", "FR", "MF", "FR");

    /**
     * Deadlines where a claim can be brought: the countries of departure and arrival (C-204/08
     * Rehder) and of the operating carrier's seat, each once, where a limitation period is known.
     */
    public static List<Deadline> forJourney(Journey journey, Carrier operating, LocalDate flightDate,
            Map<String, LimitationPeriod> periods) {
        Set<String> countries = new LinkedHashSet<>();
        for (String c : new String[] {journey.origin().countryCode(), journey.destination().countryCode(),
                operating.countryCode()}) {
            countries.add(STATE_OF_REGION.getOrDefault(c, c));
        }
        List<Deadline> deadlines = new ArrayList<>(countries.size());
        for (String country : countries) {
            LimitationPeriod period = periods.get(country);
            if (period != null) {
                deadlines.add(new Deadline(country, period.deadline(flightDate), period.basis()));
            }
        }
        return deadlines;
    }
}
