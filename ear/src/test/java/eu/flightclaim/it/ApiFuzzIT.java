package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated bad input for every operation the deployed server lists at {@code /openapi}: wrong JSON
 * types for each field, missing fields, nulls, empty and huge strings, control characters, broken
 * Unicode, absurd numbers, bad path and query values, wrong content types, truncated and malformed
 * bodies — each sent as a caller the operation admits ({@link ApiAccess}), so the checks behind the
 * door are reached. Any 5xx, any error under {@code /api/} that is not problem+json, or any answer
 * slower than 5 s fails the test, listed with what was sent.
 *
 * <p>Deterministic: {@code -Dfc.fuzz.seed=} picks the sample ({@value #DEFAULT_SEED} by default)
 * and {@code -Dfc.fuzz.perOperation=} how many variants each operation gets; change the seed to
 * explore, and keep a seed that found something as a test of its own.
 */
class ApiFuzzIT extends EarDeployment {

    static final long DEFAULT_SEED = 20261130L;
    private static final long SEED = Long.getLong("fc.fuzz.seed", DEFAULT_SEED);
    private static final int PER_OPERATION = Integer.getInteger("fc.fuzz.perOperation", 40);
    private static final Duration SLOW = Duration.ofSeconds(5);
    private static final String RAW = "@@fuzz-raw@@";

    /** One request to send: what it is, and its parts. */
    record Variant(String what, String method, String target, String contentType, byte[] body) {
    }

    /** Texts no field should choke on (each also sent as a path and a query value). */
    private static final List<String> BAD_TEXTS = List.of("", " ", "\u0000", "a\u0001b", "line\nbreak", "\u001b[31m",
            "\u007f\u0085", "\ud800", "\udfff", "😀👩‍✈️", "\u202eevil", "\ufeff", "'; DROP TABLE claim; --", "%00",
            "../../etc/passwd", "x".repeat(5000), "null", "-1", "0", "99999999999999999999", "1e309", "NaN",
            "2026-02-30", "00000000-0000-0000-0000-000000000000", "<script>alert(1)</script>", "ÿ".repeat(300));

    /** JSON values put in place of each field of a valid body (raw text: some are not expressible as JsonValue). */
    private static final List<String> BAD_JSON = List.of("null", "123", "-1", "0.5", "1e309", "99999999999999999999",
            "true", "[]", "{}", "\"\"", "\"\\u0000\"", "\"a\\u0001b\"", "\"\\ud800\"", "\"😀\"", "\"\\u202eevil\"",
            "\"" + "x".repeat(5000) + "\"", "\"" + "x".repeat(70_000) + "\"", "[null]", "[1,2,3]", "{\"a\":null}",
            "\"2026-13-45\"", "\"not-a-uuid\"");

    @Test
    void noGeneratedBadInputGetsA5xxOrAnErrorThatIsNotAProblem() {
        ApiWorld world = ApiWorld.create();
        ApiDocument api = ApiDocument.fetch();
        Http.Reply ruleBefore = Http.get("/api/v1/admin/validation-rules", world.superadmin.token());
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long started = System.nanoTime();
        List<ApiDocument.Operation> operations = new ArrayList<>(api.operations());
        // deletions last, so the world's claim and document are there for the rest
        operations.sort(Comparator.comparing((ApiDocument.Operation o) -> o.method().equals("DELETE"))
                .thenComparing(ApiDocument.Operation::key));
        for (ApiDocument.Operation op : operations) {
            ApiAccess.Access access = ApiAccess.MATRIX.get(op.key());
            if (access == null) {
                continue; // AuthorizationMatrixIT fails for it
            }
            ApiWorld.Caller caller = access.typicalCaller(world);
            List<Variant> variants = variants(op, api, world);
            Collections.shuffle(variants, random);
            for (Variant v : variants.subList(0, Math.min(PER_OPERATION, variants.size()))) {
                sent++;
                String failure = send(v, caller, op);
                if (failure != null) {
                    failures.add(op.key() + " as " + caller.name() + ", " + v.what() + ": " + failure);
                }
            }
        }
        restoreRules(ruleBefore, world);
        world.retire();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("ApiFuzzIT: %d requests over %d operations in %d s (seed %d)%n", sent, operations.size(),
                seconds, SEED);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " generated requests failed (seed " + SEED
                + "):\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    /** Sends one variant; what is wrong with the answer, or null. */
    private static String send(Variant v, ApiWorld.Caller caller, ApiDocument.Operation op) {
        HttpRequest.Builder b = Http.request(v.target(), caller.token()).timeout(Duration.ofSeconds(30));
        if (v.contentType() != null) {
            b.header("Content-Type", v.contentType());
        }
        b.method(v.method(), v.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(v.body()));
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = Http.send(b.build()).raw();
        } catch (RuntimeException e) {
            return "no answer: " + e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        String type = r.headers().firstValue("Content-Type").orElse("");
        String body = r.body().length() > 300 ? r.body().substring(0, 300) + "…" : r.body();
        if (op.reports(r.statusCode()) && type.startsWith("application/json")) {
            return null; // a documented report, e.g. 503 from the dependency health while one is down
        }
        if (r.statusCode() >= 500) {
            return r.statusCode() + " " + body;
        }
        if (r.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
            return r.statusCode() + " with Content-Type '" + type + "': " + body;
        }
        if (took.compareTo(SLOW) > 0) {
            return "took " + took.toMillis() + " ms";
        }
        return null;
    }

    /** Every bad variant of one operation (the sample is drawn from these). */
    private static List<Variant> variants(ApiDocument.Operation op, ApiDocument api, ApiWorld world) {
        List<Variant> all = new ArrayList<>();
        String path = world.fill(op.path());
        Map<String, String> pathValues = world.pathValues(op.path());
        String query = op.path().contains("/documents") && op.takesMultipart() ? "?type=boarding_pass" : "";
        JsonValue sample = api.sampleBody(op);
        String json = sample == null ? null : sample.toString();
        String contentType = op.takesMultipart() ? null : sample == null ? null : "application/json";
        byte[] baseBody = op.takesMultipart() ? null : json == null ? null : bytes(json);

        for (JsonObject p : op.parameters("path")) {
            String name = p.getString("name");
            for (String bad : BAD_TEXTS) {
                if (bad.contains("\u0000") || bad.equals("%00")) {
                    continue; // NUL in a path is refused by the container before any application (ContainerEdgesIT)
                }
                String target = op.path();
                for (Map.Entry<String, String> e : pathValues.entrySet()) {
                    target = target.replace("{" + e.getKey() + "}", e.getKey().equals(name) ? encodePath(bad) : e.getValue());
                }
                all.add(new Variant("path " + name + "=" + show(bad), op.method(), target + query, contentType, baseBody));
            }
        }
        for (JsonObject p : op.parameters("query")) {
            String name = p.getString("name");
            for (String bad : BAD_TEXTS) {
                String target = path + (query.isEmpty() ? "?" : query + "&") + name + "=" + encodeQuery(bad);
                all.add(new Variant("query " + name + "=" + show(bad), op.method(), target, contentType, baseBody));
            }
            all.add(new Variant("query " + name + " twice", op.method(), path + (query.isEmpty() ? "?" : query + "&")
                    + name + "=1&" + name + "=2", contentType, baseBody));
        }
        if (op.takesMultipart()) {
            all.addAll(multipartVariants(op, path + query));
        } else {
            for (String root : List.of("null", "[]", "\"text\"", "123", "true", "{}", "", "{", "{\"a\":", "[".repeat(5000)
                    + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\u0000", "\ufeff{}")) {
                all.add(new Variant("body " + show(root), op.method(), path + query, "application/json", bytes(root)));
            }
            if (json != null) {
                all.add(new Variant("body cut in half", op.method(), path + query, "application/json",
                        bytes(json.substring(0, json.length() / 2))));
                all.add(new Variant("body with trailing garbage", op.method(), path + query, "application/json",
                        bytes(json + "}}")));
                for (List<Object> field : fields(sample, new ArrayList<>(), new ArrayList<>(), 0)) {
                    all.add(new Variant("without " + field, op.method(), path + query, "application/json",
                            bytes(replace(sample, field, null).toString())));
                    for (String bad : BAD_JSON) {
                        String body = replace(sample, field, Json.createValue(RAW)).toString()
                                .replace("\"" + RAW + "\"", bad);
                        all.add(new Variant(field + "=" + show(bad), op.method(), path + query, "application/json",
                                bytes(body)));
                    }
                }
            }
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data", ";;;", "application/json; charset=bogus", "application/json;;")) {
                all.add(new Variant("Content-Type " + type, op.method(), path + query, type,
                        baseBody == null ? bytes("x=1") : baseBody));
            }
        }
        return all;
    }

    private static List<Variant> multipartVariants(ApiDocument.Operation op, String target) {
        byte[] png = ApiWorld.png();
        String boundary = "fuzzboundary";
        String type = "multipart/form-data; boundary=" + boundary;
        byte[] whole = multipart(boundary, "file", "pass.png", png, true);
        byte[] cut = multipart(boundary, "file", "pass.png", png, false);
        List<Variant> all = new ArrayList<>();
        all.add(new Variant("multipart without closing boundary", op.method(), target, type, cut));
        all.add(new Variant("multipart cut inside the file", op.method(), target, type,
                java.util.Arrays.copyOf(cut, cut.length - png.length / 2)));
        all.add(new Variant("multipart cut in the part headers", op.method(), target, type,
                java.util.Arrays.copyOf(whole, 40)));
        all.add(new Variant("multipart without boundary parameter", op.method(), target, "multipart/form-data", whole));
        all.add(new Variant("multipart with another boundary", op.method(), target,
                "multipart/form-data; boundary=other", whole));
        all.add(new Variant("multipart part named otherwise", op.method(), target, type,
                multipart(boundary, "picture", "pass.png", png, true)));
        all.add(new Variant("multipart empty", op.method(), target, type, new byte[0]));
        all.add(new Variant("multipart of garbage", op.method(), target, type, bytes("garbage\r\n--x--")));
        all.add(new Variant("multipart file name with controls", op.method(), target, type,
                multipart(boundary, "file", "a\u0001b\u0000.png", png, true)));
        all.add(new Variant("multipart huge part header", op.method(), target, type,
                multipart(boundary, "file", "n".repeat(40_000) + ".png", png, true)));
        all.add(new Variant("JSON instead of multipart", op.method(), target, "application/json", bytes("{}")));
        return all;
    }

    private static byte[] multipart(String boundary, String name, String fileName, byte[] content, boolean close) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(content);
        if (close) {
            b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    /** The paths (member names and indexes) of every value in a sample body, to at most 5 levels. */
    private static List<List<Object>> fields(JsonValue v, List<Object> at, List<List<Object>> all, int depth) {
        if (depth > 5) {
            return all;
        }
        if (v instanceof JsonObject o) {
            for (String k : o.keySet()) {
                List<Object> p = new ArrayList<>(at);
                p.add(k);
                all.add(p);
                fields(o.get(k), p, all, depth + 1);
            }
        } else if (v instanceof JsonArray a && !a.isEmpty()) {
            List<Object> p = new ArrayList<>(at);
            p.add(0);
            all.add(p);
            fields(a.get(0), p, all, depth + 1);
        }
        return all;
    }

    /** The value with the member at {@code path} replaced (or removed, for null). */
    private static JsonValue replace(JsonValue v, List<Object> path, JsonValue with) {
        if (path.isEmpty()) {
            return with;
        }
        Object head = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (v instanceof JsonObject o && head instanceof String k) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            o.forEach((name, value) -> {
                if (!name.equals(k)) {
                    b.add(name, value);
                } else {
                    JsonValue replaced = replace(value, rest, with);
                    if (replaced != null) {
                        b.add(name, replaced);
                    }
                }
            });
            return b.build();
        }
        if (v instanceof JsonArray a && head instanceof Integer i) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            for (int n = 0; n < a.size(); n++) {
                JsonValue value = n == i ? replace(a.get(n), rest, with) : a.get(n);
                if (value != null) {
                    b.add(value);
                }
            }
            return b.build();
        }
        return v;
    }

    private void restoreRules(Http.Reply before, ApiWorld world) {
        assertEquals(200, before.status(), before.body());
        for (JsonValue rule : before.jsonStructure().asJsonArray()) {
            JsonObject r = rule.asJsonObject();
            Http.Reply put = Http.call("PUT", "/api/v1/admin/validation-rules/" + r.getString("documentType"),
                    world.superadmin.token(), r.toString(), null);
            assertEquals(200, put.status(), put.body());
        }
    }

    private static String encodePath(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodeQuery(String s) {
        return s.equals("%00") ? "%00" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A value as the failure list shows it: short, control characters and surrogates escaped. */
    private static String show(String s) {
        String shown = s.length() > 40 ? s.substring(0, 20) + "…(" + s.length() + " chars)" : s;
        StringBuilder b = new StringBuilder();
        shown.chars().forEach(c -> b.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return "'" + b + "'";
    }
}
