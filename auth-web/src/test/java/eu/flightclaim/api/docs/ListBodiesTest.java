package eu.flightclaim.api.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** A method that returns a list documents an array, whatever Payara made of its annotation. */
class ListBodiesTest {

    private static Operation returning(String status, Schema schema) {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse(status,
                OASFactory.createAPIResponse().content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(schema)))));
    }

    private static Schema body(Operation op, String status) {
        return op.getResponses().getAPIResponse(status).getContent().getMediaType("application/json").getSchema();
    }

    @Test
    void aReferenceBecomesAnArrayOfIt() {
        Operation op = returning("200", OASFactory.createSchema().ref("#/components/schemas/ClaimEvent"));
        OpenApiCleanup.listBodies(op);
        assertEquals(Schema.SchemaType.ARRAY, body(op, "200").getType());
        assertEquals("#/components/schemas/ClaimEvent", body(op, "200").getItems().getRef());
    }

    @Test
    void anArrayAndAnErrorStayAsTheyAre() {
        Schema array = OASFactory.createSchema().type(Schema.SchemaType.ARRAY);
        Operation op = returning("200", array);
        OpenApiCleanup.listBodies(op);
        assertEquals(array, body(op, "200"));
        Schema problem = OASFactory.createSchema().ref("#/components/schemas/Problem");
        Operation failing = returning("404", problem);
        OpenApiCleanup.listBodies(failing);
        assertEquals(problem, body(failing, "404"));
    }
}
