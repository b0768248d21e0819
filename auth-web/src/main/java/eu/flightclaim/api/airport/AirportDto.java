package eu.flightclaim.api.airport;

import eu.flightclaim.claims.domain.model.airport.Airport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Airport")
public class AirportDto {

    @Schema(description = "Three-letter IATA airport code, upper case: the airport's key", example = "FRA")
    public String iata;
    @Schema(description = "Four-character ICAO airport code; absent when the reference data has none",
            example = "EDDF")
    public String icao;
    @Schema(description = "The airport's name, as the OurAirports reference data gives it",
            example = "Frankfurt Airport")
    public String name;
    @Schema(description = "The city or town it serves; absent when the reference data has none",
            example = "Frankfurt am Main")
    public String city;
    @Schema(description = "ISO 3166-1 alpha-2 code of the country it is in", example = "DE")
    public String country;
    @Schema(description = "Latitude in decimal degrees, north positive (with longitude it gives the flight"
            + " distance that sets the compensation band)", example = "50.036521")
    public double latitude;
    @Schema(description = "Longitude in decimal degrees, east positive", example = "8.561268")
    public double longitude;

    static AirportDto of(Airport a) {
        AirportDto dto = new AirportDto();
        dto.iata = a.getIataCode();
        dto.icao = a.getIcaoCode();
        dto.name = a.getName();
        dto.city = a.getCity();
        dto.country = a.getCountryCode();
        dto.latitude = a.getLatitude();
        dto.longitude = a.getLongitude();
        return dto;
    }
}
