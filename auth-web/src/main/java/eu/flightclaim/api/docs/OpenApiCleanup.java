package eu.flightclaim.api.docs;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes Payara's generated OpenAPI document one that client generators accept (validated by
 * GeneratedClientIT): every response gets a description (OpenAPI requires one), schemas lose the
 * defaults Payara writes out as constraints ({@code maxProperties: 0} would forbid every
 * property), path parameters are required, tags are listed once, and Payara's non-standard top-level
 * {@code endpoints} listing is dropped.
 * Registered as {@code mp.openapi.filter} in claims-ejb's microprofile-config.properties.
 */
public class OpenApiCleanup implements OASFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("200", "OK"), Map.entry("201", "Created"), Map.entry("202", "Accepted"),
            Map.entry("204", "No content"), Map.entry("400", "Invalid input: the problem names each field at fault"),
            Map.entry("401", "No valid token"), Map.entry("403", "Not allowed for this caller"),
            Map.entry("404", "Not found"), Map.entry("409", "Conflict with the current state"),
            Map.entry("413", "Request body too large"), Map.entry("415", "Unsupported content type"),
            Map.entry("422", "Cannot be processed"), Map.entry("429", "Too many requests: see Retry-After"));

    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true); // OpenAPI: a path parameter is always required
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getTags() != null) {
            // Payara lists a tag again for every resource that uses it: keep the first (with its description)
            Map<String, Tag> unique = new LinkedHashMap<>();
            api.getTags().forEach(t -> unique.putIfAbsent(t.getName(), t));
            api.setTags(new ArrayList<>(unique.values()));
        }
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getResponses() != null) {
                    op.getResponses().getAPIResponses().forEach(OpenApiCleanup::describe);
                }
            }));
        }
        try {
            // Payara's own listing of paths per application; not part of OpenAPI 3.0
            Method setEndpoints = api.getClass().getMethod("setEndpoints", Map.class);
            setEndpoints.invoke(api, new TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation: nothing to drop
        }
    }

    private static void describe(String status, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DESCRIPTIONS.getOrDefault(status, "Response " + status));
        }
    }
}
