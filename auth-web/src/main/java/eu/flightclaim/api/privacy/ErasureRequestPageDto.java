package eu.flightclaim.api.privacy;

import eu.flightclaim.api.PageDto;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.application.privacy.DataErasure;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureRequestPage")
public class ErasureRequestPageDto extends PageDto {

    @Schema(type = SchemaType.ARRAY, implementation = ErasureRequestDto.class, description = "Waiting requests first,"
            + " oldest first; then decided ones, newest first; empty past the last page")
    public List<ErasureRequestDto> items;

    static ErasureRequestPageDto of(Page<DataErasure.StaffView> page) {
        ErasureRequestPageDto dto = new ErasureRequestPageDto();
        dto.items = dto.paging(page, ErasureRequestDto::forStaff);
        return dto;
    }
}
