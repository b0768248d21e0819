package eu.flightclaim.api.airport;

import eu.flightclaim.claims.domain.model.airport.Airport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Airport")
public class AirportDto {

    @Schema(example = "FRA")
    public String iata;
    @Schema(example = "EDDF")
    public String icao;
    @Schema(example = "Frankfurt Airport")
    public String name;
    @Schema(example = "Frankfurt am Main")
    public String city;
    @Schema(description = "ISO 3166-1 alpha-2", example = "DE")
    public String country;
    @Schema(example = "50.036521")
    public double latitude;
    @Schema(example = "8.561268")
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
