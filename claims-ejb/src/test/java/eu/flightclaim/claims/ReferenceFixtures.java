package eu.flightclaim.claims;

import eu.flightclaim.claims.application.reference.ReferenceData;
import eu.flightclaim.claims.domain.model.airline.AirlineRecord;
import eu.flightclaim.claims.domain.model.airport.AirportRecord;
import eu.flightclaim.claims.domain.model.compensation.Carrier;
import eu.flightclaim.claims.domain.model.compensation.LimitationPeriod;
import eu.flightclaim.claims.domain.model.compensation.Place;
import eu.flightclaim.claims.domain.model.country.CountryRecord;
import eu.flightclaim.claims.domain.model.country.Membership;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The packaged reference files as the engine sees them, without a database (for plain unit tests). */
public final class ReferenceFixtures {

    private static ReferenceData.Snapshot snapshot;

    private ReferenceFixtures() {
    }

    public static synchronized ReferenceData.Snapshot snapshot() {
        if (snapshot == null) {
            Map<String, Membership> countries = new HashMap<>();
            lines("reference/countries.tsv", l -> {
                CountryRecord c = CountryRecord.parse(l);
                countries.put(c.code(), c.membership());
            });
            Map<String, Place> airports = new HashMap<>();
            lines("reference/airports.tsv", l -> {
                AirportRecord a = AirportRecord.parse(l);
                airports.put(a.iataCode(), new Place(a.iataCode(), a.countryCode(),
                        countries.getOrDefault(a.countryCode(), Membership.OTHER), a.latitude(), a.longitude()));
            });
            Map<String, Carrier> carriers = new HashMap<>();
            lines("reference/airlines.tsv", l -> {
                AirlineRecord a = AirlineRecord.parse(l);
                carriers.put(a.iataCode(), new Carrier(a.iataCode(), a.name(), a.countryCode(),
                        countries.getOrDefault(a.countryCode(), Membership.OTHER)));
            });
            Map<String, LimitationPeriod> periods = new HashMap<>();
            lines("reference/limitation-periods.tsv", l -> {
                LimitationPeriod p = LimitationPeriod.parse(l);
                periods.put(p.countryCode(), p);
            });
            snapshot = new ReferenceData.Snapshot(airports, carriers, countries, periods, System.currentTimeMillis());
        }
        return snapshot;
    }

    public static Place airport(String code) {
        return snapshot().airports().get(code);
    }

    public static Carrier carrier(String code) {
        return snapshot().carriers().get(code);
    }

    public static List<String> airportCodes() {
        return snapshot().airports().keySet().stream().sorted().toList();
    }

    private static void lines(String resource, Consumer<String> sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ReferenceFixtures.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
