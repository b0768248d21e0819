package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.CodedRows;
import eu.flightclaim.claims.domain.model.Slice;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A coded reference table through JPA, searched with {@link PrefixSearch}. */
abstract class JpaCodedRows<T> extends PersistenceAdapter implements CodedRows<T> {

    private final Class<T> entity;
    private final String table;
    private final List<String> textColumns;

    JpaCodedRows(Class<T> entity, String table, List<String> textColumns) {
        this.entity = entity;
        this.table = table;
        this.textColumns = textColumns;
    }

    @Override
    public Optional<T> find(String code) {
        return Optional.ofNullable(em.find(entity, code.toUpperCase(Locale.ROOT)));
    }

    @Override
    public Slice<T> search(String query, int page, int size) {
        return PrefixSearch.search(em, entity, table, "iata_code", textColumns, query, page, size);
    }
}
