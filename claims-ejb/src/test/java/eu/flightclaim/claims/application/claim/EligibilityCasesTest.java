package eu.flightclaim.claims.application.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.flightclaim.claims.ReferenceFixtures;
import eu.flightclaim.claims.domain.model.compensation.Assessment;
import eu.flightclaim.claims.domain.model.compensation.CompensationEngine;
import eu.flightclaim.claims.domain.model.compensation.Regime;
import eu.flightclaim.claims.domain.model.compensation.RegimeResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The test vectors of ../shared/eu261/cases.json (copied to eu261/cases.json), through validation and the engine. */
class EligibilityCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseComesOutAsExpected() throws Exception {
        JsonArray cases;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("eu261/cases.json")) {
            cases = Json.createReader(in).readArray();
        }
        return cases.stream().map(JsonValue::asJsonObject).map(c -> DynamicTest.dynamicTest(
                c.getString("id") + " " + c.getString("note"), () -> {
                    EligibilityService.Parsed parsed = EligibilityService.parse(query(c.getJsonObject("request")),
                            ReferenceFixtures.snapshot());
                    Assessment a = new CompensationEngine().assess(parsed.trip(), parsed.disruption(),
                            parsed.preconditions(), parsed.flightDate());
                    JsonObject expect = c.getJsonObject("expect");
                    for (Regime regime : Regime.values()) {
                        assertEquals(expect.getString(regime.name()), outcome(a.result(regime)),
                                c.getString("id") + " " + regime + ": " + a.result(regime).reasons());
                    }
                }));
    }

    /** The notation of cases.json: "n/a", "0", or "250 EUR". */
    public static String outcome(RegimeResult r) {
        if (!r.applicable()) {
            return "n/a";
        }
        if (!r.eligible()) {
            return "0";
        }
        return r.compensation().amount().stripTrailingZeros().toPlainString() + " " + r.compensation().currency();
    }

    static EligibilityQuery query(JsonObject request) {
        List<EligibilityQuery.Leg> legs = request.getJsonArray("legs").stream().map(JsonValue::asJsonObject)
                .map(l -> new EligibilityQuery.Leg(text(l, "from"), text(l, "to"), text(l, "carrier"),
                        text(l, "flightNumber"), text(l, "date"), text(l, "booking")))
                .toList();
        JsonObject d = request.getJsonObject("disruption");
        JsonObject reroute = d.containsKey("reroute") ? d.getJsonObject("reroute") : null;
        JsonObject p = request.containsKey("preconditions") ? request.getJsonObject("preconditions") : null;
        return new EligibilityQuery(legs, new EligibilityQuery.Disruption(text(d, "type"), number(d, "arrivalDelayMinutes"),
                number(d, "noticeDays"),
                reroute == null ? null : new EligibilityQuery.Reroute(number(reroute, "departureOffsetMinutes"),
                        number(reroute, "arrivalDelayMinutes")),
                text(d, "cause"), d.containsKey("voluntary") ? d.getBoolean("voluntary") : null,
                number(d, "downgradedLeg"), number(d, "operatedLeg"), price(d, "segmentPrice"), price(d, "ticketPrice"),
                number(d, "departureAdvancedMinutes")),
                p == null ? null : new EligibilityQuery.Preconditions(bool(p, "checkedInOnTime"), text(p, "booking"),
                        text(p, "fare"), bool(p, "alreadyCompensated"), bool(p, "compensatedInThirdCountry"),
                        bool(p, "claimAssigned"), bool(p, "courtCaseFiled")));
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    private static Boolean bool(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : null;
    }

    private static Integer number(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? n.intValue() : null;
    }

    private static EligibilityQuery.Price price(JsonObject o, String key) {
        return o.get(key) instanceof JsonObject p ? new EligibilityQuery.Price(text(p, "amount"), text(p, "currency")) : null;
    }
}
