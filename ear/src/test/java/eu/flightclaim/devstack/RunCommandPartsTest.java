package eu.flightclaim.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's plain-Java parts: domain.xml edits, the EAR fingerprint, reading why a deployment failed. */
class RunCommandPartsTest {

    @TempDir
    Path dir;

    private static final String DOMAIN_XML = """
            <domain>
              <servers><server name="server" config-ref="server-config">
                  <application-ref ref="flightclaim" virtual-servers="server"></application-ref>
              </server></servers>
              <configs>
                <config name="server-config">
                  <java-config classpath-suffix="" system-classpath="">
                    <jvm-options>-Xmx512m</jvm-options>
                  </java-config>
                </config>
                <config name="default-config"><java-config><jvm-options>-Xmx512m</jvm-options></java-config></config>
              </configs>
            </domain>
            """;

    @Test
    void theDockerImagesResourcesAreTheRunCommandsWithTheEnvironmentsValues() throws IOException {
        String ours = ServerResources.xml(new ServerResources.Database("${ENV=FC_DB_URL}", "${ENV=FC_DB_USER}",
                "${ENV=FC_DB_PASSWORD}"), new ServerResources.Smtp("${ENV=FC_SMTP_HOST}", 1025, "${ENV=FC_SMTP_USER}",
                null, false, "${ENV=FC_MAIL_FROM}"));
        String docker = Files.readString(Path.of("..", "docker", "flightclaim-resources.xml"));
        for (String line : ours.lines().filter(l -> l.contains("jdbc-connection-pool name") || l.contains("<jdbc-resource")
                || l.contains("name=\"URL\"") || l.contains("name=\"user\"") || l.contains("mail.smtp.connectiontimeout")
                || l.contains("mail.smtp.timeout") || l.contains("mail.smtp.writetimeout") || l.contains("<mail-resource"))
                .toList()) {
            assertTrue(docker.contains(line.strip()), "docker/flightclaim-resources.xml lacks: " + line.strip());
        }
    }

    @Test
    void jvmOptionsAreAddedToTheServerConfigOnce() {
        String once = PayaraDomain.withJvmOptions(DOMAIN_XML, List.of("-Dproduct.name="));
        assertTrue(once.contains("<jvm-options>-Dproduct.name=</jvm-options>"));
        assertTrue(once.indexOf("-Dproduct.name=") < once.indexOf("default-config"), "in server-config");
        assertEquals(once, PayaraDomain.withJvmOptions(once, List.of("-Dproduct.name=")), "idempotent");
    }

    @Test
    void anApplicationIsKeptFromLoadingAtStartUntilDeployedAgain() throws IOException {
        PayaraDomain domain = new PayaraDomain(dir, "d", 8000);
        Files.createDirectories(domain.domainDir().resolve("config"));
        Files.writeString(domain.domainDir().resolve("config/domain.xml"), DOMAIN_XML);
        assertTrue(domain.loadsAtStart("flightclaim"));
        domain.skipAtStart("flightclaim");
        assertFalse(domain.loadsAtStart("flightclaim"));
        domain.skipAtStart("flightclaim");
        assertEquals(1, count(Files.readString(domain.domainDir().resolve("config/domain.xml")), "enabled=\"false\""));
        assertFalse(domain.loadsAtStart("other"));
    }

    @Test
    void theFingerprintIgnoresTimesAndTheBuildStampButNotTheContent() throws IOException {
        Path a = ear("a.ear", 1_000, "time=1", "class A");
        Path b = ear("b.ear", 9_000_000, "time=2", "class A");
        Path c = ear("c.ear", 1_000, "time=1", "class B");
        assertEquals(EarFingerprint.of(a), EarFingerprint.of(b), "rebuilt, nothing changed");
        assertNotEquals(EarFingerprint.of(a), EarFingerprint.of(c), "a class changed");
    }

    @Test
    void aFailedDeploymentIsExplainedByTheCausesTheServerLogged() throws IOException {
        Path log = dir.resolve("server.log");
        Files.writeString(log, "[old] SEVERE java.lang.IllegalStateException: an earlier run's failure\n");
        long from = Files.size(log);
        Files.writeString(log, """
                [2026-11-30T10:00:00] [SEVERE] [[
                  Exception while loading the app : Initialization failed for Singleton BootstrapAdmin. Please see server.log
                jakarta.ejb.EJBException: Initialization failed for Singleton BootstrapAdmin. Please see server.log
                \tat com.sun.ejb.containers.AbstractSingletonContainer.createSingletonEJB(AbstractSingletonContainer.java:516)
                Caused by: java.lang.IllegalStateException: FC_ADMIN_PASSWORD is refused: it contains the email address.
                \tat eu.flightclaim.claims.application.identity.BootstrapAdmin.create(BootstrapAdmin.java:47)
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        String causes = DeploymentFailure.causes(log, from);
        assertTrue(causes.startsWith("Cause: FC_ADMIN_PASSWORD is refused: it contains the email address."), causes);
        assertFalse(causes.contains("earlier run"), causes);
    }

    /** An EAR with one module jar holding a class and the build stamp, entries dated {@code time}. */
    private Path ear(String name, long time, String stamp, String classBytes) throws IOException {
        byte[] module = zip(Map.of("eu/flightclaim/claims/build-info.properties", stamp, "eu/X.class", classBytes), time);
        Path ear = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ear))) {
            ZipEntry e = new ZipEntry("claims-ejb.jar");
            e.setLastModifiedTime(FileTime.fromMillis(time));
            out.putNextEntry(e);
            out.write(module);
            ZipEntry lib = new ZipEntry("lib/some-library.jar");
            lib.setLastModifiedTime(FileTime.fromMillis(time));
            out.putNextEntry(lib);
            out.write(new byte[] {1, 2, 3});
        }
        return ear;
    }

    private static byte[] zip(Map<String, String> entries, long time) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setLastModifiedTime(FileTime.fromMillis(time));
                out.putNextEntry(z);
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
