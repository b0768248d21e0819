package eu.flightclaim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One Flyway run applies both modules' migrations with one history table, so a version may exist once
 * across the EAR: two modules adding a migration on the same day must not both take {@code .1}
 * (claims-ejb counts from 1, files-ejb from 100, except where history already has it otherwise).
 */
class MigrationVersionsTest {

    private static final Pattern VERSION = Pattern.compile("V([0-9.]+)__.*\\.sql");

    @Test
    void everyMigrationVersionIsUniqueAcrossTheModules() throws IOException {
        Map<String, List<String>> byVersion = new TreeMap<>();
        for (String module : List.of("claims-ejb", "files-ejb")) {
            Path root = Path.of("..", module, "src/main/resources/db/migration");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = VERSION.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        byVersion.computeIfAbsent(m.group(1), v -> new ArrayList<>()).add(module + "/" + f.getFileName());
                    }
                }
            }
        }
        byVersion.values().removeIf(files -> files.size() == 1);
        assertEquals(Map.of(), byVersion, "versions taken twice");
    }
}
