package eu.flightclaim.api.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** Examples and defaults the annotations give as text take the type of their schema, so that they validate. */
class TypedExamplesTest {

    @Test
    void numbersIntegersAndBooleansWrittenAsTextBecomeTheirType() {
        assertEquals(new BigInteger("6189"), OpenApiCleanup.typed(Schema.SchemaType.INTEGER, "6189"));
        assertEquals(new BigDecimal("400.00"), OpenApiCleanup.typed(Schema.SchemaType.NUMBER, "400.00"));
        assertEquals(Boolean.FALSE, OpenApiCleanup.typed(Schema.SchemaType.BOOLEAN, "false"));
    }

    @Test
    void textThatIsNotOfTheTypeAndOtherTypesStayAsTheyAre() {
        assertEquals("many", OpenApiCleanup.typed(Schema.SchemaType.INTEGER, "many"));
        assertEquals("maybe", OpenApiCleanup.typed(Schema.SchemaType.BOOLEAN, "maybe"));
        assertEquals("2025-06-01", OpenApiCleanup.typed(Schema.SchemaType.STRING, "2025-06-01"));
        assertEquals("6189", OpenApiCleanup.typed(null, "6189"));
        assertEquals(7, OpenApiCleanup.typed(Schema.SchemaType.INTEGER, 7));
    }

    @Test
    void jsonWrittenAsTextBecomesTheObjectItDescribes() {
        Object parsed = OpenApiCleanup.parsedJson("{\"to\": \"approved\", \"legs\": [{\"km\": 6189}], \"ok\": true}");
        assertEquals(java.util.Map.of("to", "approved", "legs", java.util.List.of(java.util.Map.of("km",
                new BigDecimal("6189"))), "ok", true), parsed);
        assertEquals(java.util.Map.of("submitted", new BigDecimal("3")),
                OpenApiCleanup.typed(Schema.SchemaType.OBJECT, "{\"submitted\": 3}"));
        assertEquals("not json {", OpenApiCleanup.parsedJson("not json {"));
        assertEquals("{broken", OpenApiCleanup.parsedJson("{broken"));
    }
}
