package eu.flightclaim.api.docs;

import eu.flightclaim.api.problem.ProblemType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example for every body of the document, composed from the examples of its schema's properties
 * (each written next to its field), so a body's example cannot drift from its schema: the linters in
 * the integration tests validate each against its schema. A value whose property gives no example
 * takes the first of its enumeration, or one that fits its format; a problem response gets the
 * problem its status stands for.
 */
final class ExampleBodies {

    static final String UUID_EXAMPLE = "3f2b8c1e-5d4a-4b7e-9c61-2a0e5f8d7b10";
    static final String DATE_TIME_EXAMPLE = "2026-11-30T09:15:00Z";

    private final Map<String, Schema> components;

    ExampleBodies(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    /** An example of the schema; null for a binary body (a file's bytes have no example worth writing). */
    Object of(Schema schema) {
        return of(schema, new HashSet<>());
    }

    private Object of(Schema schema, Set<String> visiting) {
        if (schema == null) {
            return null;
        }
        if (schema.getRef() != null) {
            String name = SchemaReferences.componentName(schema.getRef());
            if (!visiting.add(name)) {
                return null; // a schema inside itself: the property that repeats it is left out
            }
            Object value = of(components.get(name), visiting);
            visiting.remove(name);
            return value;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            Object single = null;
            for (Schema part : schema.getAllOf()) {
                Object value = of(part, visiting);
                if (value instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> merged.put((String) k, v));
                } else {
                    single = value;
                }
            }
            merged.putAll(properties(schema, visiting));
            return merged.isEmpty() ? single : merged;
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        Schema.SchemaType type = schema.getType();
        if (type == Schema.SchemaType.ARRAY) {
            Object item = of(schema.getItems(), visiting);
            return item == null ? List.of() : List.of(item);
        }
        if (type == Schema.SchemaType.OBJECT || schema.getProperties() != null) {
            Map<String, Object> object = properties(schema, visiting);
            if (object.isEmpty() && schema.getAdditionalPropertiesSchema() != null) {
                Object value = of(schema.getAdditionalPropertiesSchema(), visiting);
                return value == null ? Map.of() : Map.of("key", value);
            }
            return object;
        }
        return leaf(schema);
    }

    private Map<String, Object> properties(Schema schema, Set<String> visiting) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                Object value = of(property, visiting);
                if (value != null) {
                    object.put(name, value);
                }
            });
        }
        return object;
    }

    private static Object leaf(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (schema.getType() == null) {
            return null;
        }
        return switch (schema.getType()) {
            case INTEGER -> BigDecimal.ONE;
            case NUMBER -> BigDecimal.ONE;
            case BOOLEAN -> Boolean.TRUE;
            case STRING -> switch (format) {
                case "binary" -> null;
                case "date-time" -> DATE_TIME_EXAMPLE;
                case "date" -> DATE_TIME_EXAMPLE.substring(0, 10);
                case "uuid" -> UUID_EXAMPLE;
                case "email" -> "ada@example.com";
                case "uri" -> "https://flightclaim.example/";
                default -> "text";
            };
            default -> null;
        };
    }

    /**
     * The problem a response of this status is, as the API writes it (ProblemMapper).
     *
     * @param field a field of the operation's input a 400 names in its errors; null for none
     */
    static Map<String, Object> problem(String status, String description, String instance, String field) {
        int code = Integer.parseInt(status);
        ProblemType type = code == 422 ? ProblemType.NOT_COVERED : ProblemType.forStatus(code);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri());
        problem.put("title", type.title());
        problem.put("status", BigDecimal.valueOf(code));
        problem.put("detail", description);
        problem.put("instance", instance);
        if (code == 400 && field != null) {
            problem.put("errors", List.of(Map.of("field", field, "message", "is not valid: the message says why")));
        }
        return problem;
    }
}
