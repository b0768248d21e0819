package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is good enough for the passenger portal's kind of client: TypeScript types
 * generated from the deployed server's /openapi (openapi-typescript), a program written against
 * them with openapi-fetch (src/test/ts-client) that type-checks (tsc, strict) and, run with the
 * machine's Node.js, signs a customer in with the emailed magic link, submits a claim and uploads a
 * document. The npm packages are installed by the build (pre-integration-test).
 */
class TypeScriptClientIT extends EarDeployment {

    @Test
    void aTypedTypeScriptClientSignsInSubmitsAClaimAndUploadsADocument() throws Exception {
        Path work = Path.of(System.getProperty("fc.ts.client.dir"));
        Path source = Path.of(System.getProperty("fc.ts.client.source"));
        for (String file : List.of("client.ts", "tsconfig.json")) {
            Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Http.Reply openapi = Http.get("/openapi?format=JSON");
        assertEquals(200, openapi.status());
        Files.writeString(work.resolve("openapi.json"), openapi.body());
        JsonObject document = Json.createReader(new StringReader(openapi.body())).readObject();
        assertEquals(IntegrationStack.httpBase(), document.getJsonArray("servers").getJsonObject(0).getString("url"),
                "the one server is FC_PUBLIC_BASE_URL");
        assertEquals(1, document.getJsonArray("servers").size());
        assertEquals(jakarta.json.JsonValue.ValueType.NUMBER, document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("EligibilityResponse").getJsonObject("properties").getJsonObject("distanceKm")
                .get("example").getValueType(), "an example on a number is a number");
        Files.writeString(work.resolve("package.json"), "{\"type\": \"module\"}"); // client.ts is an ES module
        // a field with a default is optional in a request (openapi-typescript 7 would make it required)
        Commands.run(work, "node", "node_modules/openapi-typescript/bin/cli.js", "openapi.json", "--output", "schema.d.ts",
                "--default-non-nullable", "false");
        Commands.run(work, "node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json");

        String email = "ts-" + System.nanoTime() + "@example.com";
        int before = Mailbox.to(email).size();
        Commands.run(work, "node", "client.js", "request", IntegrationStack.httpBase(), email);
        String token = MagicLinkSignInIT.linkIn(email, before).group(2);
        Path png = Files.write(work.resolve("pass.png"), ApiWorld.png());
        JsonObject made = Json.createReader(new StringReader(Commands.run(work, "node", "client.js", "claim",
                IntegrationStack.httpBase(), token, png.toString()))).readObject();

        assertEquals("EU261/2004", made.getString("ruleSet"));
        assertEquals(201, made.getInt("status"));
        assertEquals("boarding_pass", made.getString("documentType"));
        Http.Reply listed = Http.get("/api/v1/claims/" + made.getString("claim") + "/documents",
                MagicLinkSignInIT.signIn(email).getString("accessToken"));
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains(made.getString("document")), listed.body());
    }
}
