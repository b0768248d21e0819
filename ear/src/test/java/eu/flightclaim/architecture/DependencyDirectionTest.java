package eu.flightclaim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from the sources of every module: dependencies point
 * {@code web → application → domain ← infrastructure}, and no two packages depend on each other
 * (directly or round a longer cycle). A failure names the files that break the rule.
 */
class DependencyDirectionTest {

    private static final List<String> MODULES = List.of("files-ejb", "claims-ejb", "auth-web", "admin-web");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** Imports and fully qualified names alike: {@code eu.flightclaim.<package>.<Type>}. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(eu\\.flightclaim(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    /** package → the packages it uses → one file that uses it there (for the message). */
    private static final Map<String, Map<String, String>> USES = new TreeMap<>();

    @BeforeAll
    static void read() {
        Path root = Path.of(System.getProperty("fc.project.root", ".."));
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> read(root, f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertFalse(USES.isEmpty(), "no sources found below " + root.toAbsolutePath());
    }

    private static void read(Path root, Path file) {
        try {
            String source = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            Matcher p = PACKAGE.matcher(source);
            if (!p.find()) {
                return;
            }
            String from = p.group(1);
            Map<String, String> used = USES.computeIfAbsent(from, k -> new TreeMap<>());
            Matcher r = REFERENCE.matcher(source);
            while (r.find()) {
                if (!r.group(1).equals(from)) {
                    used.putIfAbsent(r.group(1), root.relativize(file).toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The layer a package belongs to. */
    enum Layer { WEB, APPLICATION, DOMAIN, INFRASTRUCTURE }

    static Layer layer(String pkg) {
        if (pkg.contains(".domain.")) {
            return Layer.DOMAIN;
        }
        if (pkg.contains(".infrastructure")) {
            return Layer.INFRASTRUCTURE;
        }
        if (pkg.contains(".application")) {
            return Layer.APPLICATION;
        }
        return Layer.WEB; // eu.flightclaim.api…, eu.flightclaim.console…
    }

    private static final Map<Layer, Set<Layer>> ALLOWED = Map.of(
            Layer.WEB, Set.of(Layer.WEB, Layer.APPLICATION, Layer.DOMAIN),
            Layer.APPLICATION, Set.of(Layer.APPLICATION, Layer.DOMAIN),
            Layer.DOMAIN, Set.of(Layer.DOMAIN),
            Layer.INFRASTRUCTURE, Set.of(Layer.INFRASTRUCTURE, Layer.APPLICATION, Layer.DOMAIN));

    @Test
    void dependenciesPointFromTheWebToTheApplicationToTheDomainAndFromInfrastructureInwards() {
        List<String> wrong = new ArrayList<>();
        USES.forEach((from, used) -> used.forEach((to, file) -> {
            if (!ALLOWED.get(layer(from)).contains(layer(to))) {
                wrong.add(file + ": " + layer(from) + " " + from + " uses " + layer(to) + " " + to);
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void noPackagesDependOnEachOther() {
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected()) {
            if (component.size() > 1) {
                List<String> edges = new ArrayList<>();
                for (String from : component) {
                    USES.getOrDefault(from, Map.of()).forEach((to, file) -> {
                        if (component.contains(to)) {
                            edges.add(from + " -> " + to + " (" + file + ")");
                        }
                    });
                }
                cycles.add(String.join("; ", edges));
            }
        }
        assertEquals(List.of(), cycles);
    }

    /** Tarjan's strongly connected components of the package graph. */
    private static List<Set<String>> stronglyConnected() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : USES.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            Set<String> onStack, List<Set<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : USES.getOrDefault(v, Map.of()).keySet()) {
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            out.add(component);
        }
    }
}
