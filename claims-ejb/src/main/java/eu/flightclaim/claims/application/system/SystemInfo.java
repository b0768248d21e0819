package eu.flightclaim.claims.application.system;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What build is running: version, build time and git commit, stamped into the jar by Maven (build-info.properties). */
@ApplicationScoped
public class SystemInfo {

    public record BuildInfo(String version, String buildTime, String commit) {
    }

    private final BuildInfo build = load();

    public BuildInfo build() {
        return build;
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = SystemInfo.class.getResourceAsStream("/eu/flightclaim/claims/build-info.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(value(p, "version"), value(p, "buildTime"), value(p, "commit"));
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key, "");
        return v.isBlank() || v.startsWith("${") ? "unknown" : v; // unfiltered outside a Maven build
    }
}
