package eu.flightclaim.files.domain.model.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where encrypted document objects live: WebDAV (Nextcloud) or a local disk. Keys are relative
 * paths such as {@code claims/{claimId}/{documentId}}. Implementations write with a known length,
 * check the stored size afterwards, and never leave a partial object under the key.
 */
public interface DocumentStore {

    /** A source that can be opened again: a PUT that failed half-way is retried from the start. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    /** Stores exactly {@code length} bytes under {@code key}, replacing any object there. */
    void put(String key, Content content, long length) throws StorageException;

    /** The object from byte {@code offset} on; {@link StorageException.NotFound} when there is none. */
    InputStream get(String key, long offset) throws StorageException;

    /** The object's size, or -1 when there is none. */
    long size(String key) throws StorageException;

    /** Removes the object; removing a missing one is not an error. */
    void delete(String key) throws StorageException;

    /** An object as listed: its key, size and when it was last written. */
    record StoredObject(String key, long size, java.time.Instant lastModified) {
    }

    /** Every object under {@code prefix} (recursively), sorted by key, for reconciliation. */
    List<StoredObject> list(String prefix) throws StorageException;

    /**
     * Removes for real what the store still keeps of objects deleted under any of {@code prefixes}
     * (Nextcloud's trash bin), and returns their keys; a store that keeps nothing returns none.
     */
    default List<String> purgeLeftovers(List<String> prefixes) throws StorageException {
        return List.of();
    }

    /**
     * The room left for objects, as the store reports it (a quota's remainder, a disk's free space);
     * empty when it sets no limit or does not say.
     */
    default java.util.OptionalLong freeBytes() throws StorageException {
        return java.util.OptionalLong.empty();
    }

    /** A short name for logs and health: {@code webdav https://…}, {@code local /var/…}. */
    String describe();
}
