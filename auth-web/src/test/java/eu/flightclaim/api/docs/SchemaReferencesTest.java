package eu.flightclaim.api.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** Copies of components Payara writes out inline become references again; an allOf lists each schema once. */
class SchemaReferencesTest {

    private static Schema object(Map<String, Schema.SchemaType> properties) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        properties.forEach((name, type) -> schema.addProperty(name, OASFactory.createSchema().type(type)));
        return schema;
    }

    private static Schema money() {
        return object(Map.of("amount", Schema.SchemaType.NUMBER, "currency", Schema.SchemaType.STRING));
    }

    @Test
    void anInlineCopyOfAComponentBecomesAReferenceKeepingItsDescriptionAndNullability() {
        Map<String, Schema> components = new LinkedHashMap<>();
        components.put("Money", money());
        Schema claim = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("plain", money())
                .addProperty("described", money().description("What is due").nullable(true))
                .addProperty("list", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(money()));
        components.put("Claim", claim);

        SchemaReferences.tidy(components);

        Map<String, Schema> p = components.get("Claim").getProperties();
        assertEquals("#/components/schemas/Money", p.get("plain").getRef());
        assertEquals("What is due", p.get("described").getDescription());
        assertEquals("#/components/schemas/Money", p.get("described").getAllOf().get(0).getRef());
        assertEquals(Schema.SchemaType.OBJECT, p.get("described").getType(), "nullable needs a type in OpenAPI 3.0");
        assertEquals("#/components/schemas/Money", p.get("list").getItems().getRef());
    }

    @Test
    void anObjectLikeTwoComponentsOrLikeNoneStaysAsItIs() {
        Map<String, Schema> components = new LinkedHashMap<>();
        components.put("Money", money());
        components.put("Price", money());
        Schema ambiguous = money();
        Schema other = object(Map.of("amount", Schema.SchemaType.STRING, "currency", Schema.SchemaType.STRING));
        components.put("Claim", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("a", ambiguous).addProperty("b", other));

        SchemaReferences.tidy(components);

        assertSame(ambiguous, components.get("Claim").getProperties().get("a"));
        assertSame(other, components.get("Claim").getProperties().get("b"));
        assertNull(components.get("Money").getRef(), "a component is never a reference to itself");
    }

    @Test
    void anAllOfListsEachReferenceOnce() {
        Map<String, Schema> components = new LinkedHashMap<>();
        components.put("Page", object(Map.of("page", Schema.SchemaType.INTEGER)));
        Schema page = OASFactory.createSchema().ref("#/components/schemas/Page");
        components.put("ClaimPage", OASFactory.createSchema().allOf(List.of(page,
                OASFactory.createSchema().ref("#/components/schemas/Page"))));

        SchemaReferences.tidy(components);

        assertEquals(1, components.get("ClaimPage").getAllOf().size());
    }

    @Test
    void aBodysSchemaIsTidiedToo() {
        Map<String, Schema> components = Map.of("Money", money());
        assertEquals("#/components/schemas/Money", SchemaReferences.tidied(components, money()).getRef());
        assertNull(SchemaReferences.tidied(components, null));
    }
}
