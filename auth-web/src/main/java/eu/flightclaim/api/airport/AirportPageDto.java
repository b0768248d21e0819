package eu.flightclaim.api.airport;

import eu.flightclaim.api.PageDto;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.domain.model.airport.Airport;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AirportPage")
public class AirportPageDto extends PageDto {

    @Schema(type = SchemaType.ARRAY, implementation = AirportDto.class,
            description = "The airports on this page: the one whose IATA code is q first, then other code matches,"
                    + " then name and city matches, each by IATA code; empty past the last page")
    public List<AirportDto> items;

    static AirportPageDto of(Page<Airport> page) {
        AirportPageDto dto = new AirportPageDto();
        dto.paging(page);
        dto.items = page.items().stream().map(AirportDto::of).toList();
        return dto;
    }
}
