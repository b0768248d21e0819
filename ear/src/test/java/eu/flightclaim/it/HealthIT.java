package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** MicroProfile Health: a named readiness check per dependency, and liveness. */
class HealthIT extends EarDeployment {

    @Test
    void readyWithEveryDependencyUp() {
        // the first deployment imports the reference data just after it starts
        Http.Reply ready = Await.until("ready", Duration.ofMinutes(2), () -> {
            Http.Reply r = Http.get("/health/ready");
            return r.status() == 200 ? r : null;
        });
        assertEquals(200, ready.status(), ready.body());
        JsonObject body = ready.json();
        assertEquals("UP", body.getString("status"));
        for (String check : new String[] {"database", "jms", "mail", "reference-data"}) {
            assertEquals("UP", status(body, check), check);
        }
        Http.Reply live = Http.get("/health/live");
        assertEquals(200, live.status());
        assertEquals("UP", status(live.json(), "application"));
    }

    @Test
    void databaseDownMakesTheInstanceNotReadyUntilItIsBack() {
        IntegrationStack.database().stop();
        try {
            Http.Reply down = Http.get("/health/ready");
            assertEquals(503, down.status(), down.body());
            assertEquals("DOWN", down.json().getString("status"));
            assertEquals("DOWN", status(down.json(), "database"));
            assertEquals("UP", status(down.json(), "jms"));
        } finally {
            IntegrationStack.database().start();
        }
        Await.until("ready again with the database back", Duration.ofSeconds(60),
                () -> Http.get("/health/ready").status() == 200);
    }

    private static String status(JsonObject health, String check) {
        return health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> check.equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + check + " in " + health)).getString("status");
    }
}
