package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reference data: the batch import (Batch + JPA) and the airport API over it (JAX-RS). */
class AirportReferenceDataIT extends EarDeployment {

    private static long airportsInFile;

    @BeforeAll
    static void countAirportsInTheFile() throws IOException {
        try (var lines = Files.lines(Path.of(System.getProperty("fc.airports.file")))) {
            airportsInFile = lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
        // the import starts by itself on the first deployment into an empty database
        Await.until("the first-start reference-data import", Duration.ofMinutes(2),
                () -> Database.count("SELECT count(*) FROM airport") == airportsInFile);
    }

    @Test
    void importJobReRunCompletesAndNeitherDuplicatesNorRewritesRows() {
        String admin = Tokens.valid("staff-1", "admin");
        Object lastUpdate = Database.single("SELECT max(updated_at) FROM airport");
        String announced = "flightclaim_reference_data_reloads_total{cause=\"announced\",mp_scope=\"application\"}";
        double announcedBefore = MetricsAndLogsIT.value(MetricsAndLogsIT.metrics(), announced);

        JsonObject done = Staff.runJob("reference-data-import", admin);
        long execution = done.getJsonNumber("id").longValue();

        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(airportsInFile, Database.count("SELECT count(*) FROM airport"));
        assertTrue(Database.count("SELECT count(*) FROM airline") >= 150);
        assertEquals(22, Database.count("SELECT count(*) FROM limitation_period"));
        assertEquals(lastUpdate, Database.single("SELECT max(updated_at) FROM airport"), "unchanged rows are not rewritten");
        JsonArray executions = Http.get("/api/v1/admin/batch/executions", admin).jsonStructure().asJsonArray();
        assertTrue(executions.stream().anyMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() == execution));
        // the import is announced on the reference-changes topic, which every instance (here: this one) hears
        Await.until("the announced reload", Duration.ofSeconds(20),
                () -> MetricsAndLogsIT.value(MetricsAndLogsIT.metrics(), announced) > announcedBefore ? true : null);
    }

    @Test
    void unknownJobAndExecutionAre404AndCompletedExecutionsCannotRestart() {
        String admin = Tokens.valid("staff-1", "admin");
        assertProblem(Http.post("/api/v1/admin/batch/jobs/no-such-job/start", admin, null), 404, "not-found");
        assertProblem(Http.get("/api/v1/admin/batch/executions/999999", admin), 404, "not-found");
        long completed = Http.get("/api/v1/admin/batch/executions", admin).jsonStructure().asJsonArray().stream()
                .map(JsonObject.class::cast).filter(e -> "COMPLETED".equals(e.getString("status")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertProblem(Http.post("/api/v1/admin/batch/executions/" + completed + "/restart", admin, null), 409, "conflict");
        assertProblem(Http.get("/api/v1/admin/batch/executions", Tokens.valid("r-1", "reviewer")), 403, "forbidden");
    }

    @Test
    void airportByCode() {
        Http.Reply fra = Http.get("/api/v1/airports/FRA");
        assertEquals(200, fra.status());
        JsonObject a = fra.json();
        assertEquals("EDDF", a.getString("icao"));
        assertEquals("Frankfurt Airport", a.getString("name"));
        assertEquals("DE", a.getString("country"));
        assertEquals(50.0365, a.getJsonNumber("latitude").doubleValue(), 0.001);
        assertEquals(200, Http.get("/api/v1/airports/fra").status(), "codes are case-insensitive");
    }

    @Test
    void unknownAirportIs404Problem() {
        assertProblem(Http.get("/api/v1/airports/XQX"), 404, "not-found");
        assertProblem(Http.get("/api/v1/airports/TOOLONG"), 404, "not-found");
    }

    @Test
    void searchByPrefixOfCodeNameOrCityPutsTheExactCodeFirst() {
        JsonObject page = Http.get("/api/v1/airports?q=fra&size=5").json();
        assertEquals("FRA", page.getJsonArray("items").getJsonObject(0).getString("iata"));
        assertEquals(5, page.getInt("size"));
        assertTrue(page.getJsonNumber("total").longValue() > 5);

        JsonObject byCity = Http.get("/api/v1/airports?q=Frankfurt").json();
        assertTrue(byCity.getJsonArray("items").stream()
                .anyMatch(i -> "FRA".equals(i.asJsonObject().getString("iata"))));
        JsonObject second = Http.get("/api/v1/airports?q=lon&page=1&size=2").json();
        assertEquals(1, second.getInt("page"));
        assertEquals(2, second.getJsonArray("items").size());
        assertEquals(0, Http.get("/api/v1/airports?q=zzzz").json().getJsonNumber("total").longValue());
        assertEquals(0, Http.get("/api/v1/airports?q=%25%25").json().getJsonNumber("total").longValue(),
                "LIKE wildcards in q are literal");
    }

    @Test
    void badSearchQueriesAre400Problems() {
        assertProblem(Http.get("/api/v1/airports"), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/airports?q=f"), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/airports?q=%20f%20"), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/airports?q=fra&size=101"), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/airports?q=fra&size=0"), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/airports?q=fra&size=abc"), 400, "invalid-input");
        assertProblem(Http.get("/api/v1/airports?q=fra&page=-1"), 400, "invalid-input");
        Http.Reply r = Http.get("/api/v1/airports?q=f");
        assertEquals("q", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    static void assertProblem(Http.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals("https://flightclaim.eu/problems/" + type, problem.getString("type"));
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title") && problem.containsKey("detail"));
        assertTrue(!reply.body().contains("Exception") && !reply.body().contains("\tat "), "no stack trace");
    }
}
