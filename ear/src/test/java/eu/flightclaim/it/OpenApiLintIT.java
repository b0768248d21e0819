package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the deployed EAR serves, checked the way an API consumer's tooling checks it:
 * Redocly CLI and Spectral with their recommended rule sets (the configuration in src/test/openapi-lint
 * turns off what it names, each with its reason) report no error and no warning; and what no linter
 * asks for: every operation has a summary and a description, every schema property a description and
 * every leaf property an example, every body an example (the linters validate each against its schema).
 * The npm packages are installed by the build (pre-integration-test).
 */
class OpenApiLintIT extends EarDeployment {

    private static Path work;
    private static JsonObject document;

    @BeforeAll
    static void theServedDocument() throws IOException {
        work = Path.of(System.getProperty("fc.openapi.lint.dir"));
        Path config = Path.of(System.getProperty("fc.openapi.lint.config"));
        for (String file : List.of("redocly.yaml", ".redocly.lint-ignore.yaml", ".spectral.yaml")) {
            Files.copy(config.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Http.Reply openapi = Http.get("/openapi?format=JSON");
        assertEquals(200, openapi.status());
        Files.writeString(work.resolve("openapi.json"), openapi.body());
        document = Json.createReader(new StringReader(openapi.body())).readObject();
    }

    @Test
    void redoclyFindsNoErrorAndNoWarning() throws Exception {
        String report = Commands.run(work, "node", "node_modules/@redocly/cli/bin/cli.js", "lint", "openapi.json",
                "--config", "redocly.yaml", "--format=json");
        JsonObject totals = Json.createReader(new StringReader(report.substring(report.indexOf('{')))).readObject()
                .getJsonObject("totals");
        assertEquals(0, totals.getInt("errors") + totals.getInt("warnings"), report);
    }

    @Test
    void spectralFindsNoErrorAndNoWarning() throws Exception {
        Commands.run(work, "node", "node_modules/@stoplight/spectral-cli/dist/index.js", "lint", "openapi.json",
                "--ruleset", ".spectral.yaml", "--fail-severity=warn");
    }

    @Test
    void everyOperationSaysWhatItDoes() {
        List<String> missing = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            JsonObject o = op.asJsonObject();
            if (o.getString("summary", "").isBlank() || o.getString("description", "").isBlank()) {
                missing.add(method + " " + path);
            }
        }));
        assertEquals(List.of(), missing, "operations without a summary or a description");
    }

    @Test
    void everyPropertyIsDescribedAndEveryValueHasAnExample() {
        List<String> undescribed = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();
        document.getJsonObject("components").getJsonObject("schemas").forEach((name, schema) ->
                properties(name, schema.asJsonObject(), undescribed, withoutExample));
        assertEquals(List.of(), undescribed, "properties without a description");
        assertEquals(List.of(), withoutExample, "values without an example (or an enumeration)");
    }

    @Test
    void everyBodyHasAnExampleButAFilesBytes() {
        List<String> missing = new ArrayList<>();
        int bodies = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                JsonObject o = op.getValue().asJsonObject();
                List<Map.Entry<String, JsonObject>> contents = new ArrayList<>();
                if (o.containsKey("requestBody")) {
                    contents.add(Map.entry("request", o.getJsonObject("requestBody").getJsonObject("content")));
                }
                o.getJsonObject("responses").forEach((status, r) -> {
                    if (r.asJsonObject().containsKey("content")) {
                        contents.add(Map.entry(status, r.asJsonObject().getJsonObject("content")));
                    }
                });
                for (var content : contents) {
                    for (var media : content.getValue().entrySet()) {
                        bodies++;
                        JsonObject m = media.getValue().asJsonObject();
                        if (!m.containsKey("example") && !m.containsKey("examples") && !fileBytes(m.getJsonObject("schema"))) {
                            missing.add(op.getKey() + " " + path.getKey() + " " + content.getKey() + " " + media.getKey());
                        }
                    }
                }
            }
        }
        assertTrue(bodies > 200, "bodies: " + bodies);
        assertEquals(List.of(), missing, "bodies without an example");
    }

    /** A binary string, or a form whose fields are all binary (an upload). */
    private static boolean fileBytes(JsonObject schema) {
        if ("binary".equals(schema.getString("format", ""))) {
            return true;
        }
        JsonObject properties = schema.getJsonObject("properties");
        return properties != null && !properties.isEmpty() && properties.values().stream()
                .allMatch(p -> "binary".equals(p.asJsonObject().getString("format", "")));
    }

    private static void properties(String at, JsonObject schema, List<String> undescribed, List<String> withoutExample) {
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null) {
            return;
        }
        properties.forEach((name, value) -> {
            JsonObject p = value.asJsonObject();
            String where = at + "." + name;
            if (p.getString("description", "").isBlank()) {
                undescribed.add(where);
            }
            String type = p.getString("type", "");
            if (List.of("string", "integer", "number", "boolean").contains(type) && !p.containsKey("example")
                    && !p.containsKey("enum") && !"binary".equals(p.getString("format", ""))) {
                withoutExample.add(where);
            }
            properties(where, p, undescribed, withoutExample);
            if (p.containsKey("items") && p.get("items").getValueType() == JsonValue.ValueType.OBJECT) {
                properties(where + "[]", p.getJsonObject("items"), undescribed, withoutExample);
            }
        });
    }
}
