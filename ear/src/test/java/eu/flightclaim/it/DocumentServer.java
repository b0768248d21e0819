package eu.flightclaim.it;

import com.github.sardine.Sardine;
import com.github.sardine.SardineFactory;
import eu.flightclaim.files.infrastructure.storage.NextcloudTrash;
import eu.flightclaim.files.infrastructure.storage.WebDavTestServer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The WebDAV server the deployed application keeps documents on in this run. The Tomcat test server
 * (whose faults the tests switch on) unless {@code FC_IT_STORE=nextcloud}: then the Nextcloud the
 * {@code FC_IT_NEXTCLOUD_*} variables name, in a folder of the run's own, removed with its trash at
 * the end. That is for the documents benchmarks; the tests that inject store faults need Tomcat.
 */
public record DocumentServer(String url, String user, String password) {

    private static final Logger LOG = Logger.getLogger(DocumentServer.class.getName());

    static DocumentServer forRun(WebDavTestServer tomcat) {
        if (!"nextcloud".equals(System.getenv("FC_IT_STORE"))) {
            return new DocumentServer(tomcat.url(), null, null);
        }
        String files = System.getenv("FC_IT_NEXTCLOUD_URL");
        String user = System.getenv("FC_IT_NEXTCLOUD_USER");
        String password = System.getenv("FC_IT_NEXTCLOUD_PASSWORD");
        if (files == null || user == null || password == null) {
            throw new IllegalStateException("FC_IT_STORE=nextcloud needs FC_IT_NEXTCLOUD_URL, _USER and _PASSWORD");
        }
        DocumentServer server = new DocumentServer(files.replaceFirst("/?$", "/") + "fc-it-" + System.nanoTime() + "/",
                user, password);
        try {
            server.dav().createDirectory(server.url());
        } catch (IOException e) {
            throw new IllegalStateException("The run's folder on Nextcloud could not be made: " + server.url(), e);
        }
        LOG.info(() -> "Documents of this run go to Nextcloud: " + server.url());
        return server;
    }

    /** A request to an object under the run's root, with the credentials the application has. */
    public HttpRequest.Builder request(String name) {
        HttpRequest.Builder b = HttpRequest.newBuilder(java.net.URI.create(url + name));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    public Sardine dav() {
        return user == null ? SardineFactory.begin() : SardineFactory.begin(user, password);
    }

    /** On Nextcloud: the run's folder goes, and what that puts in the trash bin. */
    void close() {
        if (user == null) {
            return;
        }
        try {
            Sardine dav = dav();
            dav.delete(url);
            String files = System.getenv("FC_IT_NEXTCLOUD_URL");
            NextcloudTrash.purge(dav, files, url.substring(files.replaceFirst("/?$", "/").length()).replaceFirst("/$", ""));
        } catch (IOException e) {
            LOG.warning("The run's folder on Nextcloud was not removed: " + url + ": " + e);
        }
    }
}
