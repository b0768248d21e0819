package eu.flightclaim.api.airline;

import eu.flightclaim.claims.domain.model.airline.Airline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Airline")
public class AirlineDto {

    @Schema(description = "Two-character IATA airline designator, upper case: the airline's key", example = "LH")
    public String iata;
    @Schema(description = "Three-letter ICAO airline designator; absent when the reference data has none",
            example = "DLH")
    public String icao;
    @Schema(description = "The airline's name", example = "Lufthansa")
    public String name;
    @Schema(description = "ISO 3166-1 code of the country that licensed it (decides Community-carrier status)",
            example = "DE")
    public String country;

    static AirlineDto of(Airline a) {
        AirlineDto dto = new AirlineDto();
        dto.iata = a.getIataCode();
        dto.icao = a.getIcaoCode();
        dto.name = a.getName();
        dto.country = a.getCountryCode();
        return dto;
    }
}
