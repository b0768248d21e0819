package eu.flightclaim.claims.domain.model.airline;

/** One line of {@code reference/airlines.tsv}: IATA code, ICAO code, name, licensing country. */
public record AirlineRecord(String iataCode, String icaoCode, String name, String countryCode) {

    public static AirlineRecord parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4 || !f[0].matches("[A-Z0-9]{2}") || !f[3].matches("[A-Z]{2}") || f[2].isBlank()) {
            throw new IllegalArgumentException("expected iata, icao, name, country");
        }
        return new AirlineRecord(f[0], f[1].isEmpty() ? null : f[1], f[2], f[3]);
    }
}
