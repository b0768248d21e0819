package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The passengers' portal is built against auth-web/src/main/frontend/openapi.json (its typed client is
 * generated from it): the deployed EAR must serve that document, bar the address-dependent servers and
 * contact. After an API change: start the server, `npm run openapi:update` in the frontend folder.
 */
class PortalApiDocumentIT extends EarDeployment {

    @Test
    void thePortalIsBuiltAgainstTheDocumentTheServerServes() throws Exception {
        JsonObject served = Json.createReader(new StringReader(Http.get("/openapi?format=JSON").body())).readObject();
        served = Json.createObjectBuilder(served).remove("servers")
                .add("info", Json.createObjectBuilder(served.getJsonObject("info")).remove("contact")).build();
        JsonObject built = Json.createReader(new StringReader(Files.readString(
                Path.of(System.getProperty("fc.portal.openapi"))))).readObject();
        List<String> differences = new ArrayList<>();
        compare("", served, built, differences);
        assertEquals(List.of(), differences.stream().limit(20).toList(),
                "the served /openapi differs from the portal's openapi.json: run `npm run openapi:update`");
    }

    /** Where two JSON values differ (numbers by value: 600.00 is 600), as JSON pointers. */
    private static void compare(String at, JsonValue a, JsonValue b, List<String> differences) {
        if (a.getValueType() != b.getValueType()) {
            differences.add(at + ": " + a + " / " + b);
        } else if (a instanceof JsonObject x && b instanceof JsonObject y) {
            x.keySet().stream().filter(k -> !y.containsKey(k)).forEach(k -> differences.add(at + "/" + k + ": served only"));
            y.keySet().stream().filter(k -> !x.containsKey(k)).forEach(k -> differences.add(at + "/" + k + ": built only"));
            x.keySet().stream().filter(y::containsKey).forEach(k -> compare(at + "/" + k, x.get(k), y.get(k), differences));
        } else if (a.getValueType() == JsonValue.ValueType.ARRAY) {
            var x = a.asJsonArray();
            var y = b.asJsonArray();
            if (x.size() != y.size()) {
                differences.add(at + ": " + x.size() + " / " + y.size() + " items");
            } else {
                for (int i = 0; i < x.size(); i++) {
                    compare(at + "/" + i, x.get(i), y.get(i), differences);
                }
            }
        } else if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            if (x.bigDecimalValue().compareTo(y.bigDecimalValue()) != 0) {
                differences.add(at + ": " + x + " / " + y);
            }
        } else if (!a.equals(b)) {
            differences.add(at + ": " + a + " / " + b);
        }
    }
}
