package eu.flightclaim.api.docs;

import eu.flightclaim.api.ApiApplication;
import eu.flightclaim.api.problem.Problem;
import jakarta.annotation.security.DeclareRoles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes Payara's generated OpenAPI document one that client generators accept (validated by
 * GeneratedClientIT): every response gets a description (OpenAPI requires one), schemas lose the
 * defaults Payara writes out as constraints ({@code maxProperties: 0} would forbid every
 * property), path parameters are required, tags are listed once, and Payara's non-standard top-level
 * {@code endpoints} listing is dropped.
 * <p>It also adds the problem responses that follow from what each operation is (400 for input, 401
 * and 403 for a bearer token and roles, 404 for a path parameter: {@link StandardProblems}), so
 * resource methods document only the responses particular to them; and every error response
 * without content of its own gets the problem+json Problem content.
 * Registered as {@code mp.openapi.filter} in claims-ejb's microprofile-config.properties.
 */
public class OpenApiCleanup implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiCleanup.class.getName());
    private static final List<String> EVERY_ROLE = List.of(ApiApplication.class.getAnnotation(DeclareRoles.class).value());

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("200", "OK"), Map.entry("201", "Created"), Map.entry("202", "Accepted"),
            Map.entry("204", "No content"), Map.entry("400", StandardProblems.INVALID_INPUT),
            Map.entry("401", StandardProblems.NO_VALID_TOKEN), Map.entry("403", StandardProblems.NOT_ALLOWED),
            Map.entry("404", StandardProblems.NOT_FOUND), Map.entry("409", "Conflict with the current state"),
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
        if (schema.getType() == Schema.SchemaType.OBJECT && schema.getFormat() != null
                && (schema.getProperties() == null || schema.getProperties().isEmpty())) {
            schema.setType(Schema.SchemaType.STRING); // a UUID or a java.time value Payara calls an object
            schema.setProperties(null);
        }
        if (schema.getType() != null && schema.getType() != Schema.SchemaType.OBJECT && schema.getProperties() != null) {
            schema.setProperties(null); // Payara gives a binary string an (empty) list of properties
        }
        if (schema.getRef() != null && schema.getDescription() != null) {
            // a $ref takes no siblings (OpenAPI 3.0): the described reference becomes allOf of the one reference
            String ref = schema.getRef();
            schema.setRef(null);
            schema.setAllOf(new ArrayList<>(List.of(OASFactory.createSchema().ref(ref))));
        }
        // annotations give examples and defaults as text: "6189" on an integer would not validate
        schema.setExample(typed(schema.getType(), schema.getExample()));
        schema.setDefaultValue(typed(schema.getType(), schema.getDefaultValue()));
        return schema;
    }

    @Override
    public org.eclipse.microprofile.openapi.models.parameters.RequestBody filterRequestBody(
            org.eclipse.microprofile.openapi.models.parameters.RequestBody body) {
        objectExamples(body.getContent());
        return body;
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        objectExamples(response.getContent());
        return response;
    }

    /** Examples the annotations give as JSON text become the objects they describe, so that they validate. */
    private static void objectExamples(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(media -> {
            media.setExample(parsedJson(media.getExample()));
            if (media.getExamples() != null) {
                media.getExamples().values().forEach(e -> e.setValue(parsedJson(e.getValue())));
            }
        });
    }

    /** JSON written as text ({@code "{...}"}, {@code "[...]"}) as maps, lists and values; anything else as it is. */
    static Object parsedJson(Object value) {
        if (!(value instanceof String text) || !(text.strip().startsWith("{") || text.strip().startsWith("["))) {
            return value;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return plain(reader.readValue());
        } catch (RuntimeException e) {
            return value; // not JSON after all: the linter will say so
        }
    }

    private static Object plain(jakarta.json.JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                v.asJsonObject().forEach((k, x) -> map.put(k, plain(x)));
                yield map;
            }
            case ARRAY -> v.asJsonArray().stream().map(OpenApiCleanup::plain).toList();
            case STRING -> ((jakarta.json.JsonString) v).getString();
            case NUMBER -> ((jakarta.json.JsonNumber) v).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    /** A value written as text, as the type of its schema says (number, integer, boolean, object); else as it is. */
    static Object typed(Schema.SchemaType type, Object value) {
        if (!(value instanceof String text) || type == null) {
            return value;
        }
        try {
            return switch (type) {
                case OBJECT, ARRAY -> parsedJson(value);
                case INTEGER -> new java.math.BigInteger(text.trim());
                case NUMBER -> new java.math.BigDecimal(text.trim());
                case BOOLEAN -> "true".equals(text.trim()) ? Boolean.TRUE : "false".equals(text.trim()) ? Boolean.FALSE
                        : value;
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value; // not a number after all: the linter will say so
        }
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
        // the address clients use, not the listeners Payara guesses ("http://localhost:8080/", "https://…:8081/")
        String base = ConfigProvider.getConfig().getOptionalValue("FC_PUBLIC_BASE_URL", String.class)
                .orElse("http://localhost:8080").replaceAll("/+$", "");
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(base)
                .description("Flight Claim (FC_PUBLIC_BASE_URL)"))));
        if (api.getInfo() != null) {
            api.getInfo().setContact(OASFactory.createContact().name("Flight Claim API").url(base + "/api/docs"));
        }
        if (api.getTags() != null) {
            // Payara lists a tag again for every resource that uses it: keep the first (with its description)
            Map<String, Tag> unique = new LinkedHashMap<>();
            api.getTags().forEach(t -> unique.putIfAbsent(t.getName(), t));
            api.setTags(new ArrayList<>(unique.values()));
        }
        if (api.getPaths() != null) {
            ResourceMethods resources = ResourceMethods.ofTheApi();
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
                if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
                    // public: say so with the anonymous requirement ({}), since Payara drops an empty list
                    op.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
                }
                if (op.getRequestBody() == null) {
                    resources.find(method.name(), path).map(r -> r.method().getAnnotation(
                            org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class))
                            .ifPresent(body -> op.setRequestBody(multipartBody(body)));
                }
                resources.find(method.name(), path)
                        .filter(r -> java.util.Collection.class.isAssignableFrom(r.method().getReturnType()))
                        .ifPresent(r -> listBodies(op));
                addStandardProblems(op, facts(op, resources.find(method.name(), path)
                        .map(ResourceMethods.ResourceMethod::rolesAllowed).orElseGet(() -> {
                            LOG.warning(() -> "OpenAPI: no resource method for " + method + " " + path
                                    + "; its 403 (if secured) does not name the roles");
                            return List.of();
                        })));
                op.getResponses().getAPIResponses().forEach((status, response) -> {
                    describe(status, response);
                    if (StandardProblems.isProblem(status) && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                        response.setContent(problemContent());
                    }
                });
            }));
        }
        Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
        SchemaReferences.tidy(schemas);
        if (api.getPaths() != null) {
            ExampleBodies examples = new ExampleBodies(schemas);
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
                if (op.getRequestBody() != null) {
                    exampleBodies(op.getRequestBody().getContent(), schemas, examples::of);
                }
                String instance = instance(path, op);
                op.getResponses().getAPIResponses().forEach((status, response) -> exampleBodies(response.getContent(),
                        schemas, schema -> schema != null && schema.getRef() != null
                                && schema.getRef().endsWith("/Problem")
                                ? ExampleBodies.problem(status, response.getDescription(), instance, inputField(op, schemas))
                                : examples.of(schema)));
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

    /**
     * The success bodies of a method that returns a list, as arrays: Payara writes
     * {@code @Schema(type = ARRAY, ref = "X")} as a plain reference to X, one object.
     */
    static void listBodies(Operation op) {
        op.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null && response.getContent().getMediaTypes() != null) {
                response.getContent().getMediaTypes().values().forEach(media -> {
                    Schema schema = media.getSchema();
                    if (schema != null && schema.getType() != Schema.SchemaType.ARRAY) {
                        media.setSchema(OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schema));
                    }
                });
            }
        });
    }

    /** Each body's schema tidied ({@link SchemaReferences}) and, unless the annotations gave one, an example. */
    private static void exampleBodies(Content content, Map<String, Schema> schemas,
            java.util.function.Function<Schema, Object> example) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(media -> {
            media.setSchema(SchemaReferences.tidied(schemas, media.getSchema()));
            if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                media.setExample(example.apply(media.getSchema()));
            }
        });
    }

    /** The operation's path with each parameter's example (or "1") in place: a problem's {@code instance}. */
    private static String instance(String path, Operation op) {
        String instance = path;
        for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
            if (p.getIn() == Parameter.In.PATH) {
                Object value = p.getExample() != null ? p.getExample() : p.getSchema() != null
                        && "uuid".equals(p.getSchema().getFormat()) ? ExampleBodies.UUID_EXAMPLE : "1";
                instance = instance.replace("{" + p.getName() + "}", String.valueOf(value));
            }
        }
        return instance;
    }

    /** A field a 400 of the operation could name: its first query parameter, else its body's first property. */
    private static String inputField(Operation op, Map<String, Schema> schemas) {
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                if (p.getIn() == Parameter.In.QUERY) {
                    return p.getName();
                }
            }
        }
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null
                || op.getRequestBody().getContent().getMediaTypes() == null) {
            return null;
        }
        return op.getRequestBody().getContent().getMediaTypes().values().stream().map(m -> m.getSchema())
                .filter(s -> s != null).map(s -> s.getRef() != null && schemas != null
                        ? schemas.get(SchemaReferences.componentName(s.getRef())) : s)
                .filter(s -> s != null && s.getProperties() != null && !s.getProperties().isEmpty())
                .map(s -> s.getProperties().keySet().iterator().next()).findFirst().orElse(null);
    }

    /**
     * A request body Payara leaves out of the document because the method reads it itself (the
     * streamed multipart upload), built from the method's {@code @RequestBody}: its media types, each
     * with an object of the properties the annotation names (binary when it says so), all required.
     */
    static org.eclipse.microprofile.openapi.models.parameters.RequestBody multipartBody(
            org.eclipse.microprofile.openapi.annotations.parameters.RequestBody annotation) {
        Content content = OASFactory.createContent();
        for (var media : annotation.content()) {
            Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            for (var property : media.schema().properties()) {
                object.addProperty(property.name(), OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .format(property.format().isEmpty() ? null : property.format()));
                object.addRequired(property.name());
            }
            content.addMediaType(media.mediaType(), OASFactory.createMediaType().schema(object));
        }
        return OASFactory.createRequestBody().required(annotation.required()).content(content);
    }

    /** What {@link StandardProblems} needs to know of an operation: its document, and the roles from its Java method. */
    static StandardProblems.Operation facts(Operation op, List<String> rolesAllowed) {
        List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
        boolean query = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean path = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean secured = op.getSecurity() != null && op.getSecurity().stream()
                .anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
        return new StandardProblems.Operation(op.getRequestBody() != null || query, secured, rolesAllowed, path);
    }

    /** Adds each standard problem response the operation does not document itself. */
    private static void addStandardProblems(Operation op, StandardProblems.Operation facts) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        StandardProblems.of(facts, EVERY_ROLE).forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(problemContent()));
            }
        });
    }

    /** application/problem+json with the Problem schema. */
    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static void describe(String status, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DESCRIPTIONS.getOrDefault(status, "Response " + status));
        }
    }
}
