package eu.flightclaim.api.input;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.Problem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.domain.model.text.AcceptedText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every JSON body is checked against the Java type it is read into before JSON-B binds it: the
 * JSON type of each field (an object where an object is expected — never {@code null}, a list, a
 * bare string —, a whole number in range where an int is expected), no {@code null} items in
 * lists, and every text by {@link AcceptedText} ({@link MultiLine} fields may hold line breaks).
 * One answer names every field at fault, so no resource ever sees a half-typed body and no
 * malformed value reaches the database. Each body (at most 64 KiB, {@code RequestBodyLimit}) is
 * parsed twice, here and by JSON-B: the price of naming every bad field at once.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    private static final int MAX_DEPTH = 32;
    private static final int MAX_ERRORS = 20;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !isBound(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        if (!isBlank(body)) { // no body: the resource decides whether it needs one
            check(body, context.getGenericType());
        }
        return context.proceed();
    }

    /**
     * An optional body (the resource reads it as text, since a JSON reader refuses an empty one):
     * the same checks, then bound by JSON-B; null when there is none.
     */
    public static <T> T readOptional(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        check(body.getBytes(StandardCharsets.UTF_8), type);
        try {
            return JSONB.fromJson(body, type);
        } catch (JsonbException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "The body could not be read as " + type.getSimpleName()
                    + ".");
        }
    }

    /** Throws a problem naming every field of {@code body} that does not fit {@code type}. */
    static void check(byte[] body, Type type) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new InputStreamReader(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8))) { // JSON is UTF-8 (CharsetCheck); no guessing from the first bytes
            value = reader.readValue();
        } catch (RuntimeException e) { // JsonException, and Parsson's plain one for too deep nesting
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getMessage());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new Problem.FieldError("body", "must be " + describe(type) + ", not null"));
        } else {
            check(value, type, "", AcceptedText.Lines.SINGLE, errors, 0);
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(ProblemType.INVALID_INPUT, errors.size() == 1 ? name(errors.get(0).field) + ": "
                    + errors.get(0).message : errors.size() + " fields are invalid.", errors);
        }
    }

    /** Checks {@code value} against {@code type}; adds what is wrong, each with the field's path. */
    static void check(JsonValue value, Type type, String path, AcceptedText.Lines lines, List<Problem.FieldError> errors,
            int depth) {
        if (errors.size() >= MAX_ERRORS || value.getValueType() == JsonValue.ValueType.NULL) {
            return; // null fields are "not given": required ones are the service's to name
        }
        if (depth > MAX_DEPTH) {
            errors.add(new Problem.FieldError(name(path), "is nested too deeply"));
            return;
        }
        Class<?> raw = raw(type);
        JsonValue.ValueType json = value.getValueType();
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == String.class || raw == Character.class || raw == char.class || raw.isEnum() || raw == UUID.class
                || Temporal.class.isAssignableFrom(raw)) {
            if (json != JsonValue.ValueType.STRING) {
                errors.add(new Problem.FieldError(name(path), "must be a string"));
                return;
            }
            AcceptedText.refusal(((JsonString) value).getString(), raw == String.class ? lines : AcceptedText.Lines.SINGLE)
                    .ifPresent(why -> errors.add(new Problem.FieldError(name(path), why)));
            return;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (json != JsonValue.ValueType.TRUE && json != JsonValue.ValueType.FALSE) {
                errors.add(new Problem.FieldError(name(path), "must be true or false"));
            }
            return;
        }
        if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != void.class)) {
            if (json != JsonValue.ValueType.NUMBER) {
                errors.add(new Problem.FieldError(name(path), "must be a number"));
                return;
            }
            checkRange((JsonNumber) value, raw, path, errors);
            return;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (json != JsonValue.ValueType.ARRAY) {
                errors.add(new Problem.FieldError(name(path), "must be a list"));
                return;
            }
            Type item = raw.isArray() ? raw.getComponentType() : argument(type, 0);
            JsonArray array = (JsonArray) value;
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                    errors.add(new Problem.FieldError(path + "[" + i + "]", "must not be null"));
                } else {
                    check(array.get(i), item, path + "[" + i + "]", lines, errors, depth + 1);
                }
            }
            return;
        }
        if (json != JsonValue.ValueType.OBJECT) {
            errors.add(new Problem.FieldError(name(path), "must be an object"));
            return;
        }
        JsonObject object = (JsonObject) value;
        if (Map.class.isAssignableFrom(raw)) {
            object.forEach((k, v) -> check(v, argument(type, 1), join(path, k), lines, errors, depth + 1));
            return;
        }
        for (Field field : fields(raw)) {
            JsonValue member = object.get(property(field));
            if (member != null) {
                check(member, field.getGenericType(), join(path, property(field)), field.isAnnotationPresent(MultiLine.class)
                        ? AcceptedText.Lines.MULTI : AcceptedText.Lines.SINGLE, errors, depth + 1);
            }
        }
    }

    private static void checkRange(JsonNumber number, Class<?> raw, String path, List<Problem.FieldError> errors) {
        BigDecimal n = number.bigDecimalValue();
        boolean whole = raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class || raw == BigInteger.class;
        if (whole && n.stripTrailingZeros().scale() > 0) {
            errors.add(new Problem.FieldError(name(path), "must be a whole number"));
            return;
        }
        BigDecimal max = raw == Integer.class || raw == int.class ? BigDecimal.valueOf(Integer.MAX_VALUE)
                : raw == Long.class || raw == long.class ? BigDecimal.valueOf(Long.MAX_VALUE)
                : raw == Short.class || raw == short.class ? BigDecimal.valueOf(Short.MAX_VALUE) : null;
        if (max != null && n.abs().compareTo(max) > 0) {
            errors.add(new Problem.FieldError(name(path), "is out of range"));
        } else if ((raw == Double.class || raw == double.class) && Double.isInfinite(n.doubleValue())) {
            errors.add(new Problem.FieldError(name(path), "is out of range"));
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isPublic(m) && !Modifier.isStatic(m) && !f.isAnnotationPresent(JsonbTransient.class)) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static String property(Field field) {
        JsonbProperty named = field.getAnnotation(JsonbProperty.class);
        return named != null && !named.value().isEmpty() ? named.value() : field.getName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class; // type variables, wildcards: anything goes
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String describe(Type type) {
        Class<?> raw = raw(type);
        return Collection.class.isAssignableFrom(raw) || raw.isArray() ? "a JSON list" : "a JSON object";
    }

    /** Bodies JSON-B binds to a type; raw bodies (a string, a stream) are the resource's own business. */
    private static boolean isBound(Class<?> type) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type);
    }

    static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
