package eu.flightclaim.console;

import eu.flightclaim.claims.application.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The console's lazy tables: PrimeFaces asks for the number of rows, then for the rows of the page
 * shown; both come from the database through a service. Every page bean builds its table from this
 * instead of its own LazyDataModel.
 */
public final class LazyRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> rows(int first, int size, Map<String, SortMeta> sortBy);
    }

    /** A service call answering one page (0-based) with the total. */
    @FunctionalInterface
    public interface Paged<T> extends Serializable {
        Page<T> page(int page, int size);
    }

    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Count count;
    private final Rows<T> rows;
    private final Key<T> key;

    public LazyRows(Count count, Rows<T> rows, Key<T> key) {
        this.count = count;
        this.rows = rows;
        this.key = key;
    }

    /** Over a service that answers a page and its total in one call. */
    public static <T> LazyRows<T> paged(Paged<T> fetch, Key<T> key) {
        return new LazyRows<>(() -> fetch.page(0, 1).total(),
                (first, size, sortBy) -> fetch.page(first / size, size).items(), key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return rows.rows(first, pageSize, sortBy);
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    /** The row of a key among those shown (selection). */
    @Override
    @SuppressWarnings("unchecked")
    public T getRowData(String rowKey) {
        List<T> shown = (List<T>) getWrappedData();
        return shown == null ? null : shown.stream().filter(r -> key.of(r).equals(rowKey)).findFirst().orElse(null);
    }
}
