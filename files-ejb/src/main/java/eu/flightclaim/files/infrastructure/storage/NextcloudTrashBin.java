package eu.flightclaim.files.infrastructure.storage;

import com.github.sardine.DavResource;
import com.github.sardine.impl.SardineException;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.namespace.QName;

/**
 * A Nextcloud user's trash bin, where a DELETE moves a file (a purged document would otherwise stay on
 * the server). Entries are found by {@code nc:trashbin-original-location}; the store's own deletes
 * are purged at once, so the bin holds few of ours and listing it whole stays cheap.
 */
final class NextcloudTrashBin {

    static final QName ORIGINAL_LOCATION = new QName("http://nextcloud.org/ns", "trashbin-original-location", "nc");

    private NextcloudTrashBin() {
    }

    /** The entries whose key (original location under the store's base) matches: key → the entry's URL. */
    static Map<String, String> entries(NextcloudChunkedUpload.Client dav, NextcloudChunkedUpload.Paths paths,
            Predicate<String> which) throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        for (DavResource entry : dav.list(paths.trash(), 1, Set.of(ORIGINAL_LOCATION))) {
            String original = entry.getCustomProps().get(ORIGINAL_LOCATION.getLocalPart());
            if (original != null && original.startsWith(paths.location())
                    && which.test(original.substring(paths.location().length()))) {
                found.put(original.substring(paths.location().length()),
                        URI.create(paths.trash()).resolve(entry.getHref().getRawPath()).toString());
            }
        }
        return found;
    }

    /** Deletes an entry for real; one gone already is no failure. */
    static void purge(NextcloudChunkedUpload.Client dav, String entryUrl) throws IOException {
        try {
            dav.delete(entryUrl);
        } catch (SardineException e) {
            if (e.getStatusCode() != 404) {
                throw e;
            }
        }
    }
}
