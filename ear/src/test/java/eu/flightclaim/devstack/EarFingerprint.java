package eu.flightclaim.devstack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Whether a rebuilt EAR is the application the domain already has: a hash of every entry's name
 * and content — our own modules opened, third-party jars as they are — leaving out what changes on
 * every build without changing the application (entry times, the build-time stamp).
 */
final class EarFingerprint {

    /** Stamped with the build time on every build (SystemInfo reads it). */
    private static final String BUILD_STAMP = "eu/flightclaim/claims/build-info.properties";

    private EarFingerprint() {
    }

    static String of(Path ear) {
        try (InputStream in = Files.newInputStream(ear)) {
            Map<String, byte[]> entries = new TreeMap<>();
            collect(new ZipInputStream(in), "", entries);
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                all.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                all.update(e.getValue());
            }
            return HexFormat.of().formatHex(all.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(ZipInputStream zip, String prefix, Map<String, byte[]> entries)
            throws IOException, NoSuchAlgorithmException {
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            if (e.isDirectory() || e.getName().equals(BUILD_STAMP)) {
                continue;
            }
            byte[] content = zip.readAllBytes();
            String name = prefix + e.getName();
            if (prefix.isEmpty() && (name.endsWith(".jar") || name.endsWith(".war")) && !name.startsWith("lib/")) {
                collect(new ZipInputStream(new ByteArrayInputStream(content)), name + "!/", entries); // our modules
            } else {
                entries.put(name, MessageDigest.getInstance("SHA-256").digest(content));
            }
        }
    }
}
