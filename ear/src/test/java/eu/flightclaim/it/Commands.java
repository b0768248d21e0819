package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Node.js tools of the integration tests (the TypeScript client, the OpenAPI linters). */
final class Commands {

    private Commands() {
    }

    /** Runs a command in {@code dir}; its standard output, or the test fails with both outputs. */
    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off"); // nothing leaves the machine
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process p = builder.start();
        boolean ended = p.waitFor(3, TimeUnit.MINUTES);
        String stdout = Files.readString(out, StandardCharsets.UTF_8).strip();
        String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended && p.exitValue() == 0, String.join(" ", command) + " failed:\n" + stdout + "\n" + stderr);
        return stdout;
    }
}
