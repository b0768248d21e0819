package eu.flightclaim.files.infrastructure.storage;

import com.github.sardine.DavResource;
import com.github.sardine.Sardine;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** A Nextcloud user's trash bin, for the opt-in tests: what is in it from where, and leaving none of ours. */
public final class NextcloudTrash {

    private static final QName ORIGINAL = NextcloudTrashBin.ORIGINAL_LOCATION;

    private NextcloudTrash() {
    }

    /** The trash bin of the user whose files collection is {@code filesUrl}. */
    public static String url(String filesUrl) {
        return NextcloudChunkedUpload.Paths.of(filesUrl.endsWith("/") ? filesUrl : filesUrl + "/").trash();
    }

    /** The entries deleted from a location starting with {@code prefix} (relative to the user's files). */
    public static List<DavResource> from(Sardine dav, String filesUrl, String prefix) throws IOException {
        return dav.list(url(filesUrl), 1, Set.of(ORIGINAL)).stream().filter(r -> {
            String from = r.getCustomProps().get(ORIGINAL.getLocalPart());
            return from != null && from.startsWith(prefix);
        }).toList();
    }

    /** Deletes those entries for real. */
    public static void purge(Sardine dav, String filesUrl, String prefix) throws IOException {
        for (DavResource r : from(dav, filesUrl, prefix)) {
            dav.delete(URI.create(url(filesUrl)).resolve(r.getHref().getRawPath()).toString());
        }
    }
}
