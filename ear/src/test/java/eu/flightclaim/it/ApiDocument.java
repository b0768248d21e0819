package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API as the deployed server describes it at {@code /openapi}: its operations, and a sample
 * body for each (from the document's examples, else built from the schema). Tests that must cover
 * every operation walk this, so an operation added to the API is covered without touching them.
 */
final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One operation: {@code key()} is "METHOD /path" as the authorization matrix names it. */
    record Operation(String method, String path, String operationId, List<JsonObject> parameters,
            String bodyMediaType, JsonValue bodySchema, JsonValue bodyExample, Set<Integer> reportStatuses) {

        String key() {
            return method + " " + path;
        }

        List<JsonObject> parameters(String in) {
            return parameters.stream().filter(p -> in.equals(p.getString("in"))).toList();
        }

        /** An error status the operation documents as a report of its own (a health answer), not a problem. */
        boolean reports(int status) {
            return reportStatuses.contains(status);
        }

        boolean takesMultipart() {
            return "uploadDocument".equals(operationId); // the streamed upload (its body is added by OpenApiCleanup)
        }
    }

    private final JsonObject document;

    private ApiDocument(JsonObject document) {
        this.document = document;
    }

    static ApiDocument fetch() {
        Http.Reply r = Http.send(Http.request("/openapi", null).header("Accept", "application/json").GET().build());
        assertEquals(200, r.status(), r.body());
        return new ApiDocument(r.json());
    }

    List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (Map.Entry<String, JsonValue> op : item.entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonObject o = op.getValue().asJsonObject();
                List<JsonObject> parameters = new ArrayList<>();
                for (JsonValue p : o.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY
                        : o.getJsonArray("parameters")) {
                    parameters.add(resolve(p).asJsonObject());
                }
                String mediaType = null;
                JsonValue schema = null;
                JsonValue example = null;
                JsonObject body = o.getJsonObject("requestBody");
                if (body != null && body.getJsonObject("content") != null) {
                    JsonObject content = body.getJsonObject("content");
                    mediaType = content.containsKey("application/json") ? "application/json"
                            : content.keySet().iterator().next();
                    for (JsonValue media : content.values()) { // examples may sit on any of the media types
                        JsonObject m = media.asJsonObject();
                        if (schema == null) {
                            schema = m.get("schema");
                        }
                        if (example == null && m.getJsonObject("examples") != null) {
                            JsonValue first = m.getJsonObject("examples").values().iterator().next();
                            example = parseIfText(first.asJsonObject().get("value"));
                        }
                        if (example == null && m.get("example") != null) {
                            example = parseIfText(m.get("example"));
                        }
                    }
                }
                Set<Integer> reports = new java.util.HashSet<>();
                JsonObject responses = o.getJsonObject("responses");
                for (String code : responses == null ? Set.<String>of() : responses.keySet()) {
                    JsonObject content = resolve(responses.get(code)).asJsonObject().getJsonObject("content");
                    if (code.matches("[45]\\d\\d") && content != null && content.containsKey("application/json")) {
                        reports.add(Integer.parseInt(code));
                    }
                }
                all.add(new Operation(op.getKey().toUpperCase(), path.getKey(), o.getString("operationId", null),
                        parameters, mediaType, schema, example, reports));
            }
        }
        return all;
    }

    /** A body for the operation: its example, or one built from its schema; null when it takes none. */
    JsonValue sampleBody(Operation op) {
        if (op.bodyExample() != null) {
            return op.bodyExample();
        }
        return op.bodySchema() == null ? null : sample(op.bodySchema(), 0);
    }

    /** A value the schema describes, from its examples and defaults where it has them. */
    JsonValue sample(JsonValue schemaValue, int depth) {
        JsonObject schema = resolve(schemaValue).asJsonObject();
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        switch (type) {
            case "object" -> {
                JsonObjectBuilder o = Json.createObjectBuilder();
                if (depth < 6 && schema.getJsonObject("properties") != null) {
                    schema.getJsonObject("properties").forEach((name, p) -> o.add(name, sample(p, depth + 1)));
                }
                return o.build();
            }
            case "array" -> {
                JsonArrayBuilder a = Json.createArrayBuilder();
                if (depth < 6 && schema.get("items") != null) {
                    a.add(sample(schema.get("items"), depth + 1));
                }
                return a.build();
            }
            case "integer", "number" -> {
                String example = text(schema.get("example"), text(schema.get("default"), "1"));
                try {
                    return Json.createValue(new java.math.BigDecimal(example));
                } catch (NumberFormatException e) {
                    return Json.createValue(1);
                }
            }
            case "boolean" -> {
                return "false".equals(text(schema.get("default"), "true")) ? JsonValue.FALSE : JsonValue.TRUE;
            }
            default -> {
                String format = schema.getString("format", "");
                return Json.createValue(text(schema.get("example"), switch (format) {
                    case "uuid" -> "00000000-0000-4000-8000-000000000000";
                    case "date" -> "2026-06-01";
                    case "date-time" -> "2026-06-01T10:00:00Z";
                    case "email" -> "fuzz@example.com";
                    default -> "text";
                }));
            }
        }
    }

    JsonValue resolve(JsonValue value) {
        JsonValue v = value;
        while (v instanceof JsonObject o && o.containsKey("$ref")) {
            String[] path = o.getString("$ref").substring(2).split("/");
            JsonValue target = document;
            for (String part : path) {
                target = target.asJsonObject().get(part);
            }
            v = target;
        }
        return v;
    }

    private static String text(JsonValue v, String otherwise) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return otherwise;
        }
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }

    /** Payara writes JSON examples as strings; the value they stand for. */
    private static JsonValue parseIfText(JsonValue v) {
        if (v instanceof jakarta.json.JsonString s) {
            String t = s.getString().strip();
            if (t.startsWith("{") || t.startsWith("[")) {
                return Json.createReader(new StringReader(t)).readValue();
            }
        }
        return v;
    }
}
