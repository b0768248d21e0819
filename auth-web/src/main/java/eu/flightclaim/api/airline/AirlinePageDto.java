package eu.flightclaim.api.airline;

import eu.flightclaim.api.PageDto;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.domain.model.airline.Airline;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AirlinePage")
public class AirlinePageDto extends PageDto {

    @Schema(type = SchemaType.ARRAY, implementation = AirlineDto.class,
            description = "The airlines on this page: the one whose IATA code is q first, then other code matches,"
                    + " then name matches, each by IATA code; empty past the last page")
    public List<AirlineDto> items;

    static AirlinePageDto of(Page<Airline> page) {
        AirlinePageDto dto = new AirlinePageDto();
        dto.paging(page);
        dto.items = page.items().stream().map(AirlineDto::of).toList();
        return dto;
    }
}
