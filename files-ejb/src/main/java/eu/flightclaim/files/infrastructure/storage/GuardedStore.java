package eu.flightclaim.files.infrastructure.storage;

import eu.flightclaim.files.domain.model.storage.CircuitBreaker;
import eu.flightclaim.files.domain.model.storage.DocumentStore;
import eu.flightclaim.files.domain.model.storage.StorageException;
import java.io.InputStream;
import java.util.List;

/** A store behind a circuit breaker: a dead server is rested instead of hammered by every upload's retries. */
public class GuardedStore implements DocumentStore {

    private final DocumentStore store;
    private final CircuitBreaker breaker;

    public GuardedStore(DocumentStore store, CircuitBreaker breaker) {
        this.store = store;
        this.breaker = breaker;
    }

    @Override
    public void put(String key, Content content, long length) throws StorageException {
        breaker.call(() -> {
            store.put(key, content, length);
            return null;
        });
    }

    @Override
    public InputStream get(String key, long offset) throws StorageException {
        return breaker.call(() -> store.get(key, offset));
    }

    @Override
    public long size(String key) throws StorageException {
        return breaker.call(() -> store.size(key));
    }

    @Override
    public void delete(String key) throws StorageException {
        breaker.call(() -> {
            store.delete(key);
            return null;
        });
    }

    @Override
    public List<StoredObject> list(String prefix) throws StorageException {
        return breaker.call(() -> store.list(prefix));
    }

    @Override
    public List<String> purgeLeftovers(List<String> prefixes) throws StorageException {
        return breaker.call(() -> store.purgeLeftovers(prefixes));
    }

    @Override
    public java.util.OptionalLong freeBytes() throws StorageException {
        return breaker.call(store::freeBytes);
    }

    @Override
    public String describe() {
        return store.describe();
    }
}
