package eu.flightclaim.files.domain.model.document;

import java.util.List;
import java.util.UUID;

/**
 * Where a document's object lives in the store: {@code documents/{first two hex digits of its id}/{id}}.
 * 256 folders, made once while a server runs, so an upload is one request to the store (with a
 * folder per claim, each claim's first upload also cost Nextcloud a MKCOL about as dear as the PUT).
 * The objects are encrypted, so grouping them by claim served no one browsing the store. Each
 * record keeps its own key: objects stored under the earlier layout ({@code claims/{claimId}/{id}})
 * stay where they are, and housekeeping looks under both.
 */
public final class StorageKeys {

    /** The folders the objects of documents live under, the current layout's first. */
    public static final List<String> PREFIXES = List.of("documents", "claims");

    private StorageKeys() {
    }

    public static String forDocument(UUID id) {
        String s = id.toString();
        return PREFIXES.get(0) + "/" + s.substring(0, 2) + "/" + s;
    }
}
