package eu.flightclaim.api.email;

import eu.flightclaim.api.PageDto;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmailPage")
public class EmailPageDto extends PageDto {

    @Schema(type = SchemaType.ARRAY, implementation = EmailDto.class, description = "The emails on this page, newest"
            + " first, without their bodies; empty past the last page")
    public List<EmailDto> items;

    static EmailPageDto of(Page<EmailMessage> page) {
        EmailPageDto dto = new EmailPageDto();
        dto.paging(page);
        dto.items = page.items().stream().map(EmailDto::summary).toList();
        return dto;
    }
}
