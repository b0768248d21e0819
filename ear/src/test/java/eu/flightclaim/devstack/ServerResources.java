package eu.flightclaim.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server resources the EAR refers to by JNDI name, created in a Payara domain: the
 * PostgreSQL datasource {@code jdbc/flightclaim}, the mail session {@code mail/flightclaim}, and
 * the batch runtime's job repository in that datasource. JMS needs nothing here: the EAR defines
 * its queue ({@code @JMSDestinationDefinition}) and uses the server's default connection factory.
 */
public final class ServerResources {

    public static final String POOL = "flightclaim-pool";
    public static final String DATASOURCE = "jdbc/flightclaim";
    public static final String MAIL_SESSION = "mail/flightclaim";

    public record Database(String url, String user, String password) {
    }

    public record Smtp(String host, int port, String user, String password, boolean startTls, String from) {
    }

    private ServerResources() {
    }

    /**
     * (Re)creates the resources when their settings changed since the domain last got them, so a
     * changed setting takes effect on the next run: one asadmin process for all of it, none when
     * nothing changed.
     */
    /** The server.log formatter of {@code FC_LOG_FORMAT} ({@code odl}, Payara's default; {@code ulf}; {@code json}). */
    public static String logFormatter(String format) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "odl" -> "ODL";
            case "ulf" -> "ULF";
            case "json" -> "fish.payara.enterprise.server.logging.JSONLogFormatter";
            default -> throw new IllegalArgumentException("FC_LOG_FORMAT is odl, ulf or json, not " + format);
        };
    }

    public static void apply(PayaraDomain domain, Database db, Smtp smtp, String logFormatter, Path workDir) {
        String xml = xml(db, smtp);
        // the domain remembers (a hash of) what it was given last: the same settings again need no asadmin at all
        Path applied = domain.domainDir().resolve("config/flightclaim-resources.sha256");
        String hash = sha256(xml + DATASOURCE + logFormatter);
        try {
            if (Files.exists(applied) && Files.readString(applied, StandardCharsets.US_ASCII).equals(hash)) {
                return;
            }
            Files.deleteIfExists(applied);
            Files.createDirectories(workDir);
            Path file = workDir.resolve("flightclaim-resources.xml");
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            try {
                domain.adminBatch(workDir, List.of(
                        new PayaraDomain.Command(true, "delete-jdbc-resource", DATASOURCE),
                        new PayaraDomain.Command(true, "delete-jdbc-connection-pool", "--cascade=true", POOL),
                        new PayaraDomain.Command(true, "delete-javamail-resource", MAIL_SESSION),
                        new PayaraDomain.Command(false, "add-resources", file.toString()),
                        new PayaraDomain.Command(false, "set-batch-runtime-configuration", "--datasourcelookupname",
                                DATASOURCE),
                        new PayaraDomain.Command(false, "set-log-file-format", logFormatter)));
            } finally {
                Files.delete(file); // it holds passwords
            }
            Files.writeString(applied, hash, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String xml(Database db, Smtp smtp) {
        Map<String, String> mail = new LinkedHashMap<>();
        mail.put("mail.smtp.port", Integer.toString(smtp.port()));
        mail.put("mail.smtp.connectiontimeout", "5000");
        mail.put("mail.smtp.timeout", "10000");
        mail.put("mail.smtp.writetimeout", "10000");
        mail.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        mail.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
        if (smtp.password() != null && !smtp.password().isEmpty()) {
            mail.put("mail.smtp.auth", "true");
            mail.put("mail.smtp.password", smtp.password());
        }
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
                <resources>
                """);
        x.append("  <jdbc-connection-pool name=\"").append(POOL).append("\" res-type=\"javax.sql.DataSource\"")
                .append(" datasource-classname=\"org.postgresql.ds.PGSimpleDataSource\"")
                .append(" steady-pool-size=\"2\" max-pool-size=\"32\" max-wait-time-in-millis=\"5000\"")
                .append(" is-connection-validation-required=\"true\" connection-validation-method=\"custom-validation\"")
                .append(" validation-classname=\"org.glassfish.api.jdbc.validation.PostgresConnectionValidation\"")
                .append(" fail-all-connections=\"true\">\n");
        property(x, "URL", db.url());
        property(x, "user", db.user());
        property(x, "password", db.password());
        x.append("  </jdbc-connection-pool>\n");
        x.append("  <jdbc-resource pool-name=\"").append(POOL).append("\" jndi-name=\"").append(DATASOURCE).append("\"/>\n");
        x.append("  <mail-resource jndi-name=\"").append(MAIL_SESSION).append("\" host=\"").append(esc(smtp.host()))
                .append("\" user=\"").append(esc(smtp.user())).append("\" from=\"").append(esc(smtp.from())).append("\">\n");
        mail.forEach((k, v) -> property(x, k, v));
        x.append("  </mail-resource>\n</resources>\n");
        return x.toString();
    }

    private static void property(StringBuilder x, String name, String value) {
        x.append("    <property name=\"").append(esc(name)).append("\" value=\"").append(esc(value)).append("\"/>\n");
    }

    private static String esc(String s) {
        return (s == null ? "" : s).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
