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

    /** The component a reference names ("#/components/schemas/Claim" is "Claim"). */
    static String componentName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Tidies every schema below the components (their properties, items, compositions). */
    static void tidy(Map<String, Schema> components) {
        if (components == null) {
            return;
        }
        SchemaReferences references = new SchemaReferences(components);
        // twice: a copy is recognised only once the component it copies has been tidied itself
        components.values().forEach(references::tidyBelow);
        components.values().forEach(references::tidyBelow);
    }

    /** Tidies a schema used directly by an operation (a body's, a parameter's). */
    static Schema tidied(Map<String, Schema> components, Schema schema) {
        if (components == null || schema == null) {
            return schema;
        }
        SchemaReferences references = new SchemaReferences(components);
        references.tidyBelow(schema);
        return references.referenced(schema);
    }

    private void tidyBelow(Schema schema) {
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>(); // the model's map is read-only
            schema.getProperties().forEach((name, property) -> {
                tidyBelow(property); // inside out: its own copies are references before it is compared
                properties.put(name, referenced(property));
            });
            schema.setProperties(properties);
        }
        String itemsComponent = schema.getType() == Schema.SchemaType.ARRAY ? componentOfImplementation(schema) : null;
        if (itemsComponent != null) {
            schema.setItems(OASFactory.createSchema().ref(PREFIX + itemsComponent));
        } else if (schema.getItems() != null) {
            tidyBelow(schema.getItems());
            schema.setItems(referenced(schema.getItems()));
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
            if (Boolean.TRUE.equals(schema.getNullable()) && schema.getType() == null) {
                schema.setType(typeOf(unique)); // OpenAPI 3.0: nullable means nothing without a type
            }
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

    /** The type of the component the first reference of an {@code allOf} names; object when none. */
    private Schema.SchemaType typeOf(List<Schema> allOf) {
        return allOf.stream().filter(s -> s.getRef() != null)
                .map(s -> components.get(componentName(s.getRef())))
                .filter(Objects::nonNull).map(Schema::getType).filter(Objects::nonNull).findFirst()
                .orElse(Schema.SchemaType.OBJECT);
    }

    /** The name of the one component with the same properties (by name and type), or null. */
    private String componentCopied(Schema inline) {
        if (inline.getRef() != null || inline.getType() == Schema.SchemaType.ARRAY) {
            return null; // an array's implementation is the class of its items
        }
        if (inline.getProperties() == null || inline.getProperties().isEmpty()) {
            return componentOfImplementation(inline);
        }
        List<String> same = components.entrySet().stream()
                .filter(c -> c.getValue() != inline && sameShape(c.getValue(), inline))
                .map(Map.Entry::getKey).toList();
        return same.size() == 1 ? same.get(0) : null;
    }

    /**
     * Payara's schema of an {@code @Schema(implementation = X.class)} (a list's items) keeps the class
     * and writes its properties out only when the document is written: the component of that class.
     */
    private String componentOfImplementation(Schema schema) {
        try {
            Object implementation = schema.getClass().getMethod("getImplementation").invoke(schema);
            if (!(implementation instanceof String className)) {
                return null;
            }
            Class<?> type = Class.forName(className, false, SchemaReferences.class.getClassLoader());
            var annotation = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            String name = annotation != null && !annotation.name().isEmpty() ? annotation.name() : type.getSimpleName();
            return components.containsKey(name) ? name : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // another implementation, or a class of the JDK
        }
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
