package eu.flightclaim.claims.infrastructure.mail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The values an email shows that are words, not data — a claim's status, document types — in the
 * customer's language, as the portal says them (its locale files are packed into this module under
 * {@code portal-locales/}). A value without a word in the language stays as it is.
 */
final class PortalWords {

    private static final Map<String, JsonObject> LOCALES = new ConcurrentHashMap<>();

    private PortalWords() {
    }

    /** The model with its status, documentType and documents (a list of types) in the language's words. */
    static Map<String, Object> translate(Map<String, Object> model, String language) {
        JsonObject words = LOCALES.computeIfAbsent(language, PortalWords::read);
        if (words.isEmpty()) {
            return model;
        }
        Map<String, Object> out = new HashMap<>(model);
        translate(out, "status", words.getJsonObject("status"));
        translate(out, "documentType", words.getJsonObject("documentType"));
        if (out.get("documents") instanceof String list && words.getJsonObject("documentType") != null) {
            out.put("documents", Arrays.stream(list.split(", ")).map(t -> word(words.getJsonObject("documentType"), t))
                    .collect(Collectors.joining(", ")));
        }
        return out;
    }

    private static void translate(Map<String, Object> model, String key, JsonObject words) {
        if (words != null && model.get(key) instanceof String value) {
            model.put(key, word(words, value));
        }
    }

    /** "under review" is the portal's under_review. */
    private static String word(JsonObject words, String value) {
        return words.getString(value.replace(' ', '_'), value);
    }

    private static JsonObject read(String language) {
        try (InputStream in = PortalWords.class.getResourceAsStream("/portal-locales/" + language + ".json")) {
            if (in == null) {
                return JsonObject.EMPTY_JSON_OBJECT;
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
