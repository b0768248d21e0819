package eu.flightclaim.it;

import static eu.flightclaim.it.AirportReferenceDataIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** MP-JWT on the API, the info endpoint, the OpenAPI document, and problem+json for every error. */
class ApiSecurityAndErrorsIT extends EarDeployment {

    @Test
    void meWithAValidTokenReturnsSubjectAndGroups() {
        Http.Reply me = Http.get("/api/v1/me", Tokens.valid("customer-42", "customer"));
        assertEquals(200, me.status(), me.body());
        JsonObject body = me.json();
        assertEquals("customer-42", body.getString("subject"));
        assertEquals("customer-42@example.com", body.getString("name"));
        assertEquals("customer", body.getJsonArray("groups").getString(0));
    }

    @Test
    void meWithoutAValidTokenIs401() {
        assertUnauthorized(Http.get("/api/v1/me"));
        assertUnauthorized(Http.get("/api/v1/me", Tokens.otherKey("customer-42", "customer")));
        assertUnauthorized(Http.get("/api/v1/me", Tokens.expired("customer-42", "customer")));
        assertUnauthorized(Http.get("/api/v1/me", Tokens.wrongIssuer("customer-42", "customer")));
        assertUnauthorized(Http.get("/api/v1/me", "not.a.jwt"));
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        String valid = Tokens.valid("customer-42", "customer");
        String[] parts = valid.split("\\.");
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();

        String none = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "." + parts[1] + ".";
        assertUnauthorized(Http.get("/api/v1/me", none));

        // HS256 keyed with the public key, as a verifier that trusts the header's alg would accept
        String hsHeader = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes());
        for (byte[] secret : new byte[][] {IntegrationStack.keys().publicKey().getEncoded(),
                java.nio.file.Files.readAllBytes(IntegrationStack.keys().publicKeyFile())}) {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            String signature = b64.encodeToString(mac.doFinal((hsHeader + "." + parts[1]).getBytes()));
            assertUnauthorized(Http.get("/api/v1/me", hsHeader + "." + parts[1] + "." + signature));
        }

        String elevated = b64.encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"customer\"]", "\"admin\"]").getBytes());
        assertUnauthorized(Http.get("/api/v1/me", parts[0] + "." + elevated + "." + parts[2]));
        assertUnauthorized(Http.get("/api/v1/admin/emails", parts[0] + "." + elevated + "." + parts[2]));

        String unknownKid = Tokens.sign(IntegrationStack.keys().privateKey(), "no-such-key", IntegrationStack.ISSUER,
                "customer-42", java.time.Duration.ofMinutes(10), "customer");
        assertUnauthorized(Http.get("/api/v1/me", unknownKid));
        assertEquals(200, Http.get("/api/v1/me", valid).status(), "the genuine token still works");
    }

    @Test
    void everyStaffEndpointRefusesCallersWithoutTheRole() {
        String customer = Tokens.valid("c-1", "customer");
        String reviewer = Tokens.valid("r-1", "reviewer");
        String admin = Tokens.valid("a-1", "admin");
        for (String path : new String[] {"/api/v1/admin/emails", "/api/v1/admin/batch/executions", "/api/v1/admin/staff",
                "/api/v1/admin/audit"}) {
            assertProblem(Http.get(path, customer), 403, "forbidden");
            assertProblem(Http.get(path, reviewer), 403, "forbidden");
            assertProblem(Http.get(path), 401, "unauthorized");
        }
        assertEquals(200, Http.get("/api/v1/admin/emails", admin).status());
        assertProblem(Http.get("/api/v1/admin/staff", admin), 403, "forbidden");
        assertProblem(Http.get("/api/v1/admin/validation-rules", reviewer), 403, "forbidden");
        jakarta.json.JsonArray rules = Http.get("/api/v1/admin/validation-rules", admin).jsonStructure().asJsonArray();
        assertEquals(9, rules.size(), "a rule per document type, from files-ejb's migration");
        JsonObject boardingPass = rules.stream().map(JsonObject.class::cast)
                .filter(r -> "boarding_pass".equals(r.getString("documentType"))).findFirst().orElseThrow();
        assertEquals(5242880, boardingPass.getJsonNumber("maxSizeBytes").longValue());
        assertTrue(boardingPass.getJsonArray("allowedMimeTypes").toString().contains("application/pdf"));
        assertProblem(Http.post("/api/v1/auth/staff/totp", customer, null), 403, "forbidden");
    }

    @Test
    void infoNamesVersionBuildTimeAndCommit() {
        JsonObject info = Http.get("/api/v1/info").json();
        assertEquals("0.1.0-SNAPSHOT", info.getString("version"));
        assertTrue(info.getString("buildTime").matches("\\d{4}-\\d\\d-\\d\\dT.*"), info.toString());
        assertNotEquals("unknown", info.getString("commit"));
    }

    @Test
    void openApiDocumentDescribesEveryEndpointWithSchemas() {
        Http.Reply doc = Http.get("/openapi");
        assertEquals(200, doc.status());
        for (String path : new String[] {"/api/v1/airports:", "/api/v1/airports/{iata}:", "/api/v1/eligibility:", "/api/v1/airlines:", "/api/v1/airlines/{iata}:", "/api/v1/info:", "/api/v1/me:",
                "/api/v1/admin/emails:", "/api/v1/admin/emails/{id}:", "/api/v1/admin/emails/{id}/resend:",
                "/api/v1/admin/emails/test:", "/api/v1/admin/batch/executions:",
                "/api/v1/admin/batch/executions/{id}/restart:", "/api/v1/admin/batch/jobs/{job}/start:", "/api/v1/auth/magic-link:", "/api/v1/auth/magic-link/verify:", "/api/v1/auth/refresh:", "/api/v1/auth/sessions:", "/api/v1/auth/sessions/{id}:", "/api/v1/auth/logout:", "/api/v1/auth/jwks:", "/api/v1/auth/staff/login:", "/api/v1/auth/staff/totp:", "/api/v1/auth/staff/totp/confirm:"}) {
            assertTrue(doc.body().contains(path), "OpenAPI lacks " + path);
        }
        for (String schema : new String[] {"Airport:", "AirportPage:", "EligibilityRequest:", "EligibilityResponse:", "RegimeResult:", "Airline:", "Problem:", "Email:", "JobExecution:", "Info:"}) {
            assertTrue(doc.body().contains("    " + schema), "OpenAPI lacks schema " + schema);
        }
        assertTrue(doc.body().contains("application/problem+json"));

        Http.Reply ui = Http.get("/api/docs");
        assertEquals(200, ui.status());
        String bundle = ui.body().replaceAll("(?s).*src=\"([^\"]+swagger-ui-bundle\\.js)\".*", "$1");
        assertEquals(200, Http.get(bundle).status(), "Swagger UI's script is served: " + bundle);
        assertEquals(200, Http.get("/api/docs/init.js").status());
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        assertProblem(Http.get("/api/v1/no-such-thing"), 404, "not-found");
        assertProblem(Http.post("/api/v1/airports/FRA", null, "{}"), 405, "method-not-allowed");
    }

    private static void assertUnauthorized(Http.Reply reply) {
        assertProblem(reply, 401, "unauthorized");
        assertTrue(reply.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }
}
