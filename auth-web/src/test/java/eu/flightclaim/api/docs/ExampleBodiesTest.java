package eu.flightclaim.api.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** A body's example is composed from its schema: the properties' examples, through references and lists. */
class ExampleBodiesTest {

    private static Schema string(String example) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).example(example);
    }

    @Test
    void anExampleIsComposedFromThePropertiesExamplesThroughReferencesAndLists() {
        Schema money = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("amount", OASFactory.createSchema().type(Schema.SchemaType.NUMBER)
                        .example(new BigDecimal("600")))
                .addProperty("currency", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .enumeration(List.of("EUR", "GBP")));
        Schema claim = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("reference", string("FC-2026-000123"))
                .addProperty("id", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uuid"))
                .addProperty("at", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time"))
                .addProperty("compensation", OASFactory.createSchema().description("What is due")
                        .allOf(List.of(OASFactory.createSchema().ref("#/components/schemas/Money"))))
                .addProperty("reasons", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(string("Delay of 3 h or more at arrival")));

        Object example = new ExampleBodies(Map.of("Money", money)).of(claim);

        assertEquals(Map.of("reference", "FC-2026-000123", "id", ExampleBodies.UUID_EXAMPLE,
                "at", ExampleBodies.DATE_TIME_EXAMPLE, "compensation", Map.of("amount", new BigDecimal("600"),
                        "currency", "EUR"), "reasons", List.of("Delay of 3 h or more at arrival")), example);
    }

    @Test
    void aSchemaThatContainsItselfEndsAndAFilesBytesHaveNoExample() {
        Schema node = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).addProperty("name", string("root"))
                .addProperty("child", OASFactory.createSchema().ref("#/components/schemas/Node"));
        ExampleBodies examples = new ExampleBodies(Map.of("Node", node));
        assertEquals(Map.of("name", "root"), // the property that repeats its schema is left out
                examples.of(OASFactory.createSchema().ref("#/components/schemas/Node")));
        assertNull(examples.of(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary")));
    }

    @Test
    void aProblemResponseShowsTheProblemItsStatusStandsFor() {
        Map<String, Object> invalid = ExampleBodies.problem("400", "Invalid input", "/api/v1/claims", "legs");
        assertEquals("https://flightclaim.eu/problems/invalid-input", invalid.get("type"));
        assertEquals(BigDecimal.valueOf(400), invalid.get("status"));
        assertEquals("legs", ((Map<?, ?>) ((List<?>) invalid.get("errors")).get(0)).get("field"));
        assertEquals("https://flightclaim.eu/problems/not-covered",
                ExampleBodies.problem("422", "Not covered", "/api/v1/claims", null).get("type"));
        Map<String, Object> notFound = ExampleBodies.problem("404", "Not found", "/api/v1/claims/1", "x");
        assertEquals("https://flightclaim.eu/problems/not-found", notFound.get("type"));
        assertFalse(notFound.containsKey("errors"), "only a 400 names fields");
    }
}
