package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.InvalidInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.ReferenceFixtures;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad eligibility questions: every error names the field and the value. */
class EligibilityValidationTest {

    static EligibilityQuery.Leg leg(String from, String to, String carrier) {
        return new EligibilityQuery.Leg(from, to, carrier, null, null);
    }

    static EligibilityQuery.Disruption delay(Integer minutes) {
        return new EligibilityQuery.Disruption("DELAY", minutes, null, null, null, null, null, null, null, null);
    }

    private static InvalidInputException.FieldError onlyError(EligibilityQuery query) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EligibilityService.parse(query, ReferenceFixtures.snapshot()));
        assertEquals(1, e.getErrors().size(), e.getErrors().toString());
        return e.getErrors().get(0);
    }

    @Test
    void unknownAirportAndAirline() {
        var e = onlyError(new EligibilityQuery(List.of(leg("FRA", "XQX", "LH")), delay(200)));
        assertEquals("legs[0].to", e.field());
        assertTrue(e.message().contains("'XQX'"));
        e = onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "Q9")), delay(200)));
        assertEquals("legs[0].carrier", e.field());
        assertTrue(e.message().contains("'Q9'"));
    }

    @Test
    void legsThatDoNotConnect() {
        var e = onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH"), leg("EWR", "BOS", "UA")), delay(200)));
        assertEquals("legs[1].from", e.field());
        assertTrue(e.message().contains("'EWR'") && e.message().contains("JFK"));
    }

    @Test
    void aLegFromAnAirportToItself() {
        assertEquals("legs[0].to", onlyError(new EligibilityQuery(List.of(leg("FRA", "fra", "LH")), delay(200))).field());
    }

    @Test
    void negativeMinutesOrDays() {
        assertEquals("disruption.arrivalDelayMinutes",
                onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), delay(-5))).field());
        var cancellation = new EligibilityQuery.Disruption("CANCELLATION", null, -1, null, null, null, null, null, null,
                null);
        assertTrue(onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), cancellation)).message().contains("-1"));
    }

    @Test
    void unknownEnumValues() {
        var d = new EligibilityQuery.Disruption("LOST_LUGGAGE", 200, null, null, null, null, null, null, null, null);
        var e = onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), d));
        assertEquals("disruption.type", e.field());
        assertTrue(e.message().contains("'LOST_LUGGAGE'"));
        d = new EligibilityQuery.Disruption("DELAY", 200, null, null, "ALIENS", null, null, null, null, null);
        assertEquals("disruption.cause", onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), d)).field());
    }

    @Test
    void aFieldTheTypeNeeds() {
        assertEquals("disruption.arrivalDelayMinutes",
                onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), delay(null))).field());
        var cancellation = new EligibilityQuery.Disruption("CANCELLATION", null, null, null, null, null, null, null, null,
                null);
        assertEquals("disruption.noticeDays",
                onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), cancellation)).field());
        var downgrade = new EligibilityQuery.Disruption("DOWNGRADE", null, null, null, null, null, 0, null, null, null);
        assertEquals("disruption.segmentPrice",
                onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), downgrade)).field());
        var badLeg = new EligibilityQuery.Disruption("DOWNGRADE", null, null, null, null, null, 3, null,
                new EligibilityQuery.Price("100.00", "EUR"), null);
        assertEquals("disruption.downgradedLeg",
                onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), badLeg)).field());
    }

    @Test
    void noLegsOrMoreThanSix() {
        assertEquals("legs", onlyError(new EligibilityQuery(List.of(), delay(200))).field());
        assertEquals("legs", onlyError(new EligibilityQuery(Collections.nCopies(7, leg("FRA", "JFK", "LH")), delay(200)))
                .field());
    }

    @Test
    void badPricesAndDates() {
        var d = new EligibilityQuery.Disruption("DOWNGRADE", null, null, null, null, null, 0, null,
                new EligibilityQuery.Price("-3", "EURO"), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EligibilityService.parse(
                new EligibilityQuery(List.of(new EligibilityQuery.Leg("FRA", "JFK", "LH", "LH400", "2025-13-01")), d),
                ReferenceFixtures.snapshot()));
        assertEquals(List.of("legs[0].date", "disruption.segmentPrice.amount", "disruption.segmentPrice.currency"),
                e.getErrors().stream().map(InvalidInputException.FieldError::field).toList());
    }

    @Test
    void codesAreCaseInsensitiveAndTheFirstDateGivesTheDeadlines() {
        var q = new EligibilityQuery(List.of(new EligibilityQuery.Leg("fra", "jfk", "lh", "LH 400", "2025-06-01")),
                delay(250));
        EligibilityService.Parsed p = EligibilityService.parse(q, ReferenceFixtures.snapshot());
        assertEquals("FRA", p.trip().legs().get(0).from().code());
        assertEquals("2025-06-01", p.flightDate().toString());
    }

    @Test
    void everyBadAnswerOfArt3IsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EligibilityService.parse(
                new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), delay(200), new EligibilityQuery.Preconditions(
                        true, "BOOKED", "CHEAP", null, null, null, null)), ReferenceFixtures.snapshot()));
        assertEquals(List.of("preconditions.booking", "preconditions.fare"),
                e.getErrors().stream().map(InvalidInputException.FieldError::field).toList());
        assertTrue(e.getErrors().get(0).message().contains("'BOOKED'"));
    }

    @Test
    void anEarlyDepartureNeedsItsNoticeAndHowMuchEarlier() {
        var early = new EligibilityQuery.Disruption("EARLY_DEPARTURE", null, 3, null, null, null, null, null, null, null,
                null);
        assertEquals("disruption.departureAdvancedMinutes",
                onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), early)).field());
        var negative = new EligibilityQuery.Disruption("EARLY_DEPARTURE", null, 3, null, null, null, null, null, null,
                null, -30);
        var e = onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), negative));
        assertEquals("disruption.departureAdvancedMinutes", e.field());
        assertTrue(e.message().contains("-30"));
        var diversion = new EligibilityQuery.Disruption("DIVERSION", null, null, null, null, null, null, null, null, null);
        assertEquals("disruption.arrivalDelayMinutes",
                onlyError(new EligibilityQuery(List.of(leg("FRA", "JFK", "LH")), diversion)).field());
    }

    @Test
    void bookingLabelsAreOnEveryLegOrNoneAndTheLegsOfABookingFollowEachOther() {
        var missing = List.of(new EligibilityQuery.Leg("LHR", "CDG", "BA", null, null, "B1"),
                new EligibilityQuery.Leg("CDG", "AMS", "AF", null, null, null));
        assertEquals("legs[1].booking", onlyError(new EligibilityQuery(missing, delay(200))).field());
        var interleaved = List.of(new EligibilityQuery.Leg("LHR", "CDG", "BA", null, null, "B1"),
                new EligibilityQuery.Leg("CDG", "AMS", "AF", null, null, "B2"),
                new EligibilityQuery.Leg("AMS", "FRA", "KL", null, null, "B1"));
        var e = onlyError(new EligibilityQuery(interleaved, delay(200)));
        assertEquals("legs[2].booking", e.field());
        var separate = List.of(new EligibilityQuery.Leg("LHR", "CDG", "BA", null, null, "B1"),
                new EligibilityQuery.Leg("CDG", "AMS", "AF", null, null, "B2"));
        assertTrue(EligibilityService.parse(new EligibilityQuery(separate, delay(200)), ReferenceFixtures.snapshot())
                .trip().separatelyBooked());
    }
}
