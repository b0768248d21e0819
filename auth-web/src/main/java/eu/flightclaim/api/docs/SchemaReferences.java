package eu.flightclaim.api.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Puts back the references Payara writes out: a field that carries its own {@code @Schema} (a
 * description, a list's item type) gets its class's schema copied inline instead of a {@code $ref},
 * which leaves the component unused and gives generated clients two types for one thing. An inline
 * object whose properties are those of exactly one component becomes a reference to it (with its
 * description, as {@code allOf} of the one reference); an {@code allOf} lists each schema once.
 */
final class SchemaReferences {

    private static final String PREFIX = "#/components/schemas/";

    private final Map<String, Schema> components;

    private SchemaReferences(Map<String, Schema> components) {
        this.components = components;
    }

    /** Tidies every schema below the components (their properties, items, compositions). */
    static void tidy(Map<String, Schema> components) {
        if (components == null) {
            return;
        }
        SchemaReferences references = new SchemaReferences(components);
        components.values().forEach(references::tidyBelow);
    }

    /** Tidies a schema used directly by an operation (a body's, a parameter's). */
    static Schema tidied(Map<String, Schema> components, Schema schema) {
        if (components == null || schema == null) {
            return schema;
        }
        SchemaReferences references = new SchemaReferences(components);
        Schema result = references.referenced(schema);
        references.tidyBelow(result);
        return result;
    }

    private void tidyBelow(Schema schema) {
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>(); // the model's map is read-only
            schema.getProperties().forEach((name, property) -> {
                Schema result = referenced(property);
                tidyBelow(result);
                properties.put(name, result);
            });
            schema.setProperties(properties);
        }
        if (schema.getItems() != null) {
            Schema items = referenced(schema.getItems());
            tidyBelow(items);
            schema.setItems(items);
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            tidyBelow(schema.getAdditionalPropertiesSchema());
        }
        if (schema.getAllOf() != null) {
            List<Schema> unique = new ArrayList<>();
            LinkedHashSet<String> refs = new LinkedHashSet<>();
            schema.getAllOf().forEach(part -> {
                if (part.getRef() == null || refs.add(part.getRef())) {
                    unique.add(part);
                }
            });
            schema.setAllOf(unique);
        }
        each(schema.getOneOf(), this::tidyBelow);
        each(schema.getAnyOf(), this::tidyBelow);
    }

    /** The schema, or a reference to the one component it copies. */
    private Schema referenced(Schema schema) {
        String name = componentCopied(schema);
        if (name == null) {
            return schema;
        }
        Schema ref = OASFactory.createSchema().ref(PREFIX + name);
        if (schema.getDescription() == null && schema.getNullable() == null) {
            return ref;
        }
        return OASFactory.createSchema().description(schema.getDescription()).nullable(schema.getNullable())
                .allOf(new ArrayList<>(List.of(ref)));
    }

    /** The name of the one component with the same properties (by name and type), or null. */
    private String componentCopied(Schema inline) {
        if (inline.getRef() != null || inline.getProperties() == null || inline.getProperties().isEmpty()) {
            return null;
        }
        List<String> same = components.entrySet().stream()
                .filter(c -> c.getValue() != inline && sameShape(c.getValue(), inline))
                .map(Map.Entry::getKey).toList();
        return same.size() == 1 ? same.get(0) : null;
    }

    private static boolean sameShape(Schema component, Schema inline) {
        Map<String, Schema> a = component.getProperties();
        Map<String, Schema> b = inline.getProperties();
        return a != null && a.keySet().equals(b.keySet()) && a.keySet().stream()
                .allMatch(k -> Objects.equals(a.get(k).getType(), b.get(k).getType()));
    }

    private static void each(List<Schema> schemas, Consumer<Schema> action) {
        if (schemas != null) {
            schemas.forEach(action);
        }
    }
}
