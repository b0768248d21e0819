package eu.flightclaim.claims.infrastructure.batch;

import eu.flightclaim.claims.domain.model.airline.AirlineRecord;
import eu.flightclaim.claims.domain.model.airport.AirportRecord;
import eu.flightclaim.claims.domain.model.compensation.LimitationPeriod;
import eu.flightclaim.claims.domain.model.country.CountryRecord;
import java.util.function.Function;

/**
 * The packaged reference files and how each becomes rows: the file, how a line parses into the
 * parameters of the upsert, and the upsert. Every upsert keys on the natural code and leaves a row
 * alone when nothing changed, so an import can run any number of times; airlines and limitation
 * periods staff edited in the console ({@code edited_by} set) are left alone too.
 */
public enum ReferenceFile {

    COUNTRIES("reference/countries.tsv", line -> {
        CountryRecord c = CountryRecord.parse(line);
        return new Object[] {c.code(), c.name(), c.membership().name()};
    }, """
            INSERT INTO country (code, name, membership) VALUES (?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, membership = EXCLUDED.membership, updated_at = now()
            WHERE (country.name, country.membership) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.membership)
            """),

    AIRLINES("reference/airlines.tsv", line -> {
        AirlineRecord a = AirlineRecord.parse(line);
        return new Object[] {a.iataCode(), a.icaoCode(), a.name(), a.countryCode()};
    }, """
            INSERT INTO airline (iata_code, icao_code, name, country_code) VALUES (?, ?, ?, ?)
            ON CONFLICT (iata_code) DO UPDATE SET icao_code = EXCLUDED.icao_code, name = EXCLUDED.name,
                country_code = EXCLUDED.country_code, updated_at = now()
            WHERE airline.edited_by IS NULL AND (airline.icao_code, airline.name, airline.country_code)
                  IS DISTINCT FROM (EXCLUDED.icao_code, EXCLUDED.name, EXCLUDED.country_code)
            """),

    AIRPORTS("reference/airports.tsv", line -> {
        AirportRecord a = AirportRecord.parse(line);
        return new Object[] {a.iataCode(), a.icaoCode(), a.name(), a.city(), a.countryCode(), a.latitude(), a.longitude()};
    }, """
            INSERT INTO airport (iata_code, icao_code, name, city, country_code, latitude, longitude)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (iata_code) DO UPDATE SET icao_code = EXCLUDED.icao_code, name = EXCLUDED.name,
                city = EXCLUDED.city, country_code = EXCLUDED.country_code, latitude = EXCLUDED.latitude,
                longitude = EXCLUDED.longitude, updated_at = now()
            WHERE (airport.icao_code, airport.name, airport.city, airport.country_code, airport.latitude,
                   airport.longitude) IS DISTINCT FROM (EXCLUDED.icao_code, EXCLUDED.name, EXCLUDED.city,
                   EXCLUDED.country_code, EXCLUDED.latitude, EXCLUDED.longitude)
            """),

    LIMITATION_PERIODS("reference/limitation-periods.tsv", line -> {
        LimitationPeriod p = LimitationPeriod.parse(line);
        return new Object[] {p.countryCode(), p.amount(), p.unit().name(), p.endsAtYearEnd(), p.basis()};
    }, """
            INSERT INTO limitation_period (country_code, amount, unit, ends_at_year_end, basis) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (country_code) DO UPDATE SET amount = EXCLUDED.amount, unit = EXCLUDED.unit,
                ends_at_year_end = EXCLUDED.ends_at_year_end, basis = EXCLUDED.basis, updated_at = now()
            WHERE limitation_period.edited_by IS NULL AND (limitation_period.amount, limitation_period.unit,
                   limitation_period.ends_at_year_end, limitation_period.basis) IS DISTINCT FROM
                  (EXCLUDED.amount, EXCLUDED.unit, EXCLUDED.ends_at_year_end, EXCLUDED.basis)
            """);

    private final String resource;
    private final Function<String, Object[]> parser;
    private final String upsert;

    ReferenceFile(String resource, Function<String, Object[]> parser, String upsert) {
        this.resource = resource;
        this.parser = parser;
        this.upsert = upsert;
    }

    public String resource() {
        return resource;
    }

    /** The upsert's parameters for one data line; {@link IllegalArgumentException} when it is malformed. */
    public Object[] parse(String line) {
        return parser.apply(line);
    }

    public String upsert() {
        return upsert;
    }
}
