package eu.flightclaim.claims.domain.model.airport;

import java.util.regex.Pattern;

/**
 * One line of the airport reference file ({@code reference/airports.tsv}): iata, icao, name,
 * city, country, latitude, longitude, tab-separated.
 */
public record AirportRecord(String iataCode, String icaoCode, String name, String city, String countryCode,
        double latitude, double longitude) {

    private static final Pattern IATA = Pattern.compile("[A-Z]{3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** Parses one data line; throws {@link IllegalArgumentException} naming what is wrong. */
    public static AirportRecord parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("expected 7 tab-separated fields, got " + f.length);
        }
        if (!IATA.matcher(f[0]).matches()) {
            throw new IllegalArgumentException("bad IATA code '" + f[0] + "'");
        }
        if (!COUNTRY.matcher(f[4]).matches()) {
            throw new IllegalArgumentException("bad country code '" + f[4] + "' for " + f[0]);
        }
        double lat = Double.parseDouble(f[5]);
        double lon = Double.parseDouble(f[6]);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range for " + f[0]);
        }
        return new AirportRecord(f[0], f[1].isEmpty() ? null : f[1], f[2], f[3].isEmpty() ? null : f[3], f[4], lat, lon);
    }
}
