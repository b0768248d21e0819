package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The public eligibility API and the airline API on the deployed EAR. */
class EligibilityApiIT extends EarDeployment {

    @BeforeAll
    static void referenceDataLoaded() {
        Await.until("reference data ready", Duration.ofMinutes(2), () -> Http.get("/health/ready").status() == 200);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfCasesJsonThroughTheApi() throws Exception {
        JsonArray cases;
        try (Reader r = Files.newBufferedReader(Path.of(System.getProperty("fc.cases.file")))) {
            cases = Json.createReader(r).readArray();
        }
        return cases.stream().map(JsonValue::asJsonObject).map(c -> DynamicTest.dynamicTest(c.getString("id"), () -> {
            Http.Reply reply = Http.post("/api/v1/eligibility", null, c.getJsonObject("request").toString());
            assertEquals(200, reply.status(), reply.body());
            JsonObject body = reply.json();
            JsonArray results = body.getJsonArray("results");
            assertEquals(2, results.size());
            for (String regime : List.of("EU261", "UK261")) {
                JsonObject r = results.stream().map(JsonValue::asJsonObject)
                        .filter(x -> regime.equals(x.getString("regime"))).findFirst().orElseThrow();
                assertEquals(c.getJsonObject("expect").getString(regime), outcome(r), c.getString("id") + " " + regime
                        + " " + r);
                assertFalse(r.getJsonArray("reasons").isEmpty());
                assertFalse(r.getJsonArray("legalBasis").isEmpty());
                assertEquals(r.getBoolean("eligible"), !r.isNull("compensation"));
            }
        }));
    }

    @Test
    void theAnswerCarriesDistanceBandBasisAndDeadlines() {
        JsonObject body = Http.post("/api/v1/eligibility", null, """
                {"legs": [{"from": "FRA", "to": "JFK", "carrier": "LH", "flightNumber": "LH400", "date": "2025-06-01"}],
                 "disruption": {"type": "DELAY", "arrivalDelayMinutes": 210, "cause": "NONE"}}""").json();
        assertEquals(6189, body.getInt("distanceKm"));
        JsonObject eu = body.getJsonArray("results").getJsonObject(0);
        assertEquals("EU261", eu.getString("regime"));
        assertEquals("300.00", eu.getJsonObject("compensation").getString("amount"));
        assertEquals("C", eu.getString("band"));
        assertEquals(50, eu.getInt("reductionPercent"));
        assertTrue(eu.getJsonArray("legalBasis").toString().contains("C-402/07 Sturgeon"));
        JsonObject deadline = body.getJsonArray("deadlines").getJsonObject(0);
        assertEquals("DE", deadline.getString("country"));
        assertEquals("2028-12-31", deadline.getString("deadline"));
        assertTrue(body.getJsonArray("results").getJsonObject(1).isNull("compensation"));
    }

    @Test
    void theAnswerSaysItsRuleSetWhatIsStillOpenAndWhatStopsAClaim() {
        JsonObject open = Http.post("/api/v1/eligibility", null, """
                {"legs": [{"from": "FRA", "to": "JFK", "carrier": "LH", "date": "2025-06-01"}],
                 "disruption": {"type": "DELAY", "arrivalDelayMinutes": 300}}""").json();
        assertEquals("EU261/2004", open.getJsonArray("results").getJsonObject(0).getString("ruleSet"));
        assertTrue(open.getJsonArray("openQuestions").toString().contains("checkedInOnTime"), open.toString());
        assertTrue(open.getJsonArray("stops").isEmpty());
        JsonObject answered = Http.post("/api/v1/eligibility", null, """
                {"legs": [{"from": "FRA", "to": "JFK", "carrier": "LH"}],
                 "disruption": {"type": "DELAY", "arrivalDelayMinutes": 300},
                 "preconditions": {"checkedInOnTime": false, "booking": "CONFIRMED", "fare": "PUBLIC",
                                   "claimAssigned": true}}""").json();
        assertFalse(answered.getJsonArray("results").getJsonObject(0).getBoolean("eligible"), "not checked in on time");
        assertEquals(1, answered.getJsonArray("stops").size());
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\"}],"
                + "\"disruption\":{\"type\":\"DELAY\",\"arrivalDelayMinutes\":200},"
                + "\"preconditions\":{\"fare\":\"STAFF_TICKET\"}}", "preconditions.fare", "STAFF_TICKET");
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\"}],"
                + "\"disruption\":{\"type\":\"EARLY_DEPARTURE\",\"noticeDays\":2,\"departureAdvancedMinutes\":0}}",
                "disruption.departureAdvancedMinutes", "0");
    }

    @Test
    void badQuestionsAre400sNamingTheFieldAndTheValue() {
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"XQX\",\"carrier\":\"LH\"}],"
                + "\"disruption\":{\"type\":\"DELAY\",\"arrivalDelayMinutes\":200}}", "legs[0].to", "XQX");
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"Q9\"}],"
                + "\"disruption\":{\"type\":\"DELAY\",\"arrivalDelayMinutes\":200}}", "legs[0].carrier", "Q9");
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\"},{\"from\":\"EWR\",\"to\":\"BOS\","
                + "\"carrier\":\"UA\"}],\"disruption\":{\"type\":\"DELAY\",\"arrivalDelayMinutes\":200}}", "legs[1].from", "EWR");
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"FRA\",\"carrier\":\"LH\"}],"
                + "\"disruption\":{\"type\":\"DELAY\",\"arrivalDelayMinutes\":200}}", "legs[0].to", "FRA");
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\"}],"
                + "\"disruption\":{\"type\":\"DELAY\",\"arrivalDelayMinutes\":-1}}", "disruption.arrivalDelayMinutes", "-1");
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\"}],"
                + "\"disruption\":{\"type\":\"CANCELLATION\",\"noticeDays\":-2}}", "disruption.noticeDays", "-2");
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\"}],"
                + "\"disruption\":{\"type\":\"SNOWED_IN\"}}", "disruption.type", "SNOWED_IN");
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\"}],"
                + "\"disruption\":{\"type\":\"DELAY\",\"arrivalDelayMinutes\":200,\"cause\":\"GREMLINS\"}}",
                "disruption.cause", "GREMLINS");
        assertField("{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\"}],"
                + "\"disruption\":{\"type\":\"CANCELLATION\"}}", "disruption.noticeDays", "CANCELLATION");
        assertField("{\"legs\":[],\"disruption\":{\"type\":\"DELAY\",\"arrivalDelayMinutes\":200}}", "legs", "0");
        String seven = String.join(",", java.util.Collections.nCopies(7, "{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\"}"));
        assertField("{\"legs\":[" + seven + "],\"disruption\":{\"type\":\"DELAY\",\"arrivalDelayMinutes\":200}}", "legs", "7");
        assertProblem(Http.post("/api/v1/eligibility", null, "{\"legs\": ["), 400, "malformed-request");
        assertProblem(Http.post("/api/v1/eligibility", null, null), 400, "malformed-request");
    }

    @Test
    void aBodyOver64KiBIs413() {
        String padding = "x".repeat(70 * 1024);
        String body = "{\"legs\":[{\"from\":\"FRA\",\"to\":\"JFK\",\"carrier\":\"LH\",\"flightNumber\":\"" + padding + "\"}]}";
        assertProblem(Http.post("/api/v1/eligibility", null, body), 413, "payload-too-large");
        // without a length: cut off at the limit
        Http.Reply chunked = Http.send(Http.request("/api/v1/eligibility", null).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes()))).build());
        assertProblem(chunked, 413, "payload-too-large");
    }

    @Test
    void airlinesByCodeAndPrefix() {
        JsonObject fr = Http.get("/api/v1/airlines/FR").json();
        assertEquals("Ryanair", fr.getString("name"));
        assertEquals("IE", fr.getString("country"));
        assertEquals("RYR", fr.getString("icao"));
        assertProblem(Http.get("/api/v1/airlines/QQ"), 404, "not-found");
        JsonObject luf = Http.get("/api/v1/airlines?q=luf").json();
        assertTrue(luf.getJsonArray("items").stream().anyMatch(a -> "LH".equals(a.asJsonObject().getString("iata"))));
        JsonObject all = Http.get("/api/v1/airlines?size=100").json();
        assertTrue(all.getJsonNumber("total").longValue() >= 150);
        assertEquals("LH", Http.get("/api/v1/airlines?q=lh").json().getJsonArray("items").getJsonObject(0)
                .getString("iata"), "the exact code first");
        assertProblem(Http.get("/api/v1/airlines?size=500"), 400, "invalid-input");
    }

    private static void assertField(String body, String field, String value) {
        Http.Reply reply = Http.post("/api/v1/eligibility", null, body);
        assertProblem(reply, 400, "invalid-input");
        JsonObject error = reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> field.equals(e.getString("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + reply.body()));
        assertTrue(error.getString("message").contains(value), error.toString());
    }

    private static String outcome(JsonObject r) {
        if (!r.getBoolean("applicable")) {
            return "n/a";
        }
        if (!r.getBoolean("eligible")) {
            return "0";
        }
        JsonObject c = r.getJsonObject("compensation");
        return new java.math.BigDecimal(c.getString("amount")).stripTrailingZeros().toPlainString() + " "
                + c.getString("currency");
    }
}
