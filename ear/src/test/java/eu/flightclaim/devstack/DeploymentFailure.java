package eu.flightclaim.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a deployment failed, from what the server logged while it ran: asadmin itself only says
 * "Initialization failed for Singleton X. Please see server.log", the reason is a cause further down.
 */
final class DeploymentFailure {

    /** An exception line: "some.package.SomeException: message" (also after "Caused by: "). */
    private static final Pattern EXCEPTION = Pattern.compile("^(?:Caused by: )?((?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)):\\s*(.+)$");

    private DeploymentFailure() {
    }

    /** The distinct exception messages logged after {@code from}, innermost (the real reason) first. */
    static String causes(Path serverLog, long from) {
        Set<String> causes = new LinkedHashSet<>();
        try (RandomAccessFile log = new RandomAccessFile(serverLog.toFile(), "r")) {
            log.seek(Math.min(from, log.length()));
            byte[] rest = new byte[(int) Math.min(log.length() - log.getFilePointer(), 4 << 20)];
            log.readFully(rest);
            for (String line : new String(rest, StandardCharsets.UTF_8).split("\\R")) {
                Matcher m = EXCEPTION.matcher(line.strip());
                if (m.matches() && !m.group(2).contains("Please see server.log")) {
                    causes.add(m.group(2).strip());
                }
            }
        } catch (IOException e) {
            return "See " + serverLog + ".";
        }
        if (causes.isEmpty()) {
            return "See " + serverLog + ".";
        }
        java.util.List<String> innermostFirst = new java.util.ArrayList<>(causes);
        java.util.Collections.reverse(innermostFirst);
        return "Cause: " + String.join(" <- ", innermostFirst.subList(0, Math.min(3, innermostFirst.size())))
                + " (details in " + serverLog + ")";
    }
}
