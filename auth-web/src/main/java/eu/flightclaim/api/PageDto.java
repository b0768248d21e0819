package eu.flightclaim.api;

import eu.flightclaim.claims.application.Page;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paging fields every list response has beside its {@code items}. */
public abstract class PageDto {

    @Schema(description = "Page number, from 0", example = "0")
    public int page;
    @Schema(description = "Page size", example = "20")
    public int size;
    @Schema(description = "Number of items in the whole list", example = "42")
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
