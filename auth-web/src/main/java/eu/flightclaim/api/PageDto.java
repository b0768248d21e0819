package eu.flightclaim.api;

import eu.flightclaim.claims.application.Page;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paging fields every list response has beside its {@code items}. */
public abstract class PageDto {

    @Schema(description = "Page number, from 0, as asked for (0 when not given)", example = "0")
    public int page;
    @Schema(description = "Page size as asked for, 1 to 100 (20 when not given): the most items a page holds",
            example = "20")
    public int size;
    @Schema(type = SchemaType.INTEGER, format = "int64",
            description = "Number of items in the whole list, over all pages", example = "42")
    public long total;

    /** Copies the paging fields and returns the page's items mapped to their DTOs. */
    protected <S, R> List<R> paging(Page<S> p, Function<S, R> toDto) {
        paging(p);
        return p.items().stream().map(toDto).toList();
    }

    protected void paging(Page<?> p) {
        page = p.page();
        size = p.size();
        total = p.total();
    }
}
