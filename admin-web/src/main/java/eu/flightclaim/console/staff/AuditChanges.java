package eu.flightclaim.console.staff;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an audited action changed, field by field, from the before and after the log keeps as JSON:
 * a person reads "enabled: true → false", not two blobs of JSON to compare by eye.
 */
public final class AuditChanges {

    /** One field that differs; before or after is null when the field was added or removed. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    private AuditChanges() {
    }

    /** The fields that differ, in the order they appear (before's first, then those only after has). */
    public static List<Change> between(String beforeJson, String afterJson) {
        Map<String, String> before = flatten(beforeJson);
        Map<String, String> after = flatten(afterJson);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before.get(field);
            String now = after.get(field);
            if (was == null ? now != null : !was.equals(now)) {
                changes.add(new Change(field, was, now));
            }
        }
        return changes;
    }

    /** Objects as dotted paths ("limits.maxMiB") to their values as text; lists and plain values whole. */
    static Map<String, String> flatten(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonValue value;
        try {
            value = Json.createReader(new StringReader(json)).readValue();
        } catch (JsonException e) {
            out.put("value", json); // not JSON: shown as it is
            return out;
        }
        flatten("", value, out);
        return out;
    }

    private static void flatten(String path, JsonValue value, Map<String, String> out) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT && !((JsonObject) value).isEmpty()) {
            ((JsonObject) value).forEach((k, v) -> flatten(path.isEmpty() ? k : path + "." + k, v, out));
        } else if (value.getValueType() != JsonValue.ValueType.NULL) {
            out.put(path.isEmpty() ? "value" : path, value instanceof JsonString s ? s.getString() : value.toString());
        }
    }
}
