package eu.flightclaim.claims.domain.model.compensation;

import static eu.flightclaim.claims.domain.model.compensation.CompensationEngineTest.journey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Art. 3's other preconditions, the disruptions the case law added, and rule sets by flight date: a test per rule. */
class CompensationPreconditionsTest {

    private final CompensationEngine engine = new CompensationEngine();
    private static final Journey PARIS_AMSTERDAM = journey("AF", "CDG", "AMS");
    private static final Journey FRANKFURT_NEW_YORK = journey("LH", "FRA", "JFK");
    private static final Disruption FIVE_HOURS_LATE = Disruption.delay(300, Cause.NONE);

    private static Preconditions checkedIn(Boolean onTime) {
        return new Preconditions(onTime, null, null, null, null, null, null);
    }

    private Assessment assess(Journey j, Disruption d, Preconditions p) {
        return engine.assess(new Trip(j.legs(), null), d, p, null);
    }

    private RegimeResult eu(Journey j, Disruption d, Preconditions p) {
        return assess(j, d, p).result(Regime.EU261);
    }

    @Nested
    class CheckInArt3_2a {

        @Test
        void notCheckedInOnTimeMeansNothingIsDueForADelay() {
            RegimeResult r = eu(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, checkedIn(false));
            assertTrue(r.applicable());
            assertFalse(r.eligible());
            assertTrue(r.legalBasis().contains("Art. 3(2)(a)"));
        }

        @Test
        void checkInDoesNotMatterForACancellation() {
            RegimeResult r = eu(PARIS_AMSTERDAM, Disruption.cancellation(2, null, Cause.NONE), checkedIn(false));
            assertEquals("250.00 EUR", r.compensation().toString());
        }

        @Test
        void anUnansweredCheckInIsAnOpenQuestionNotAnAssumption() {
            Assessment a = assess(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, Preconditions.UNKNOWN);
            assertTrue(a.openQuestions().containsAll(List.of("checkedInOnTime", "booking", "fare", "alreadyCompensated")),
                    a.openQuestions().toString());
            assertTrue(assess(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, new Preconditions(true,
                    Preconditions.Booking.CONFIRMED, Preconditions.Fare.PUBLIC, false, null, null, null))
                    .openQuestions().isEmpty());
        }

        @Test
        void everyOpenQuestionCanBeAskedInWords() {
            Assessment inbound = assess(journey("LH", "JFK", "FRA"), FIVE_HOURS_LATE, Preconditions.UNKNOWN);
            assertEquals(Preconditions.QUESTIONS.keySet(), java.util.Set.copyOf(inbound.openQuestions()));
            inbound.openQuestions().forEach(q -> assertTrue(Preconditions.question(q).endsWith("?")
                    || Preconditions.question(q).contains("? Art."), q));
        }

        @Test
        void nothingIsAskedWhenNothingWouldBeDue() {
            assertTrue(assess(PARIS_AMSTERDAM, Disruption.delay(60, Cause.NONE), Preconditions.UNKNOWN).openQuestions()
                    .isEmpty());
        }
    }

    @Nested
    class ReservationAndFareArt3_2And3_3 {

        @Test
        void aFreeOrReducedFareNotAvailableToThePublicIsNotCovered() {
            RegimeResult r = eu(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, new Preconditions(null, null,
                    Preconditions.Fare.FREE_OR_REDUCED_NOT_PUBLIC, null, null, null, null));
            assertFalse(r.applicable());
            assertTrue(r.legalBasis().contains("Art. 3(3)"));
        }

        @Test
        void aFrequentFlyerTicketIsCovered() {
            assertEquals("600.00 EUR", eu(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, new Preconditions(null, null,
                    Preconditions.Fare.FREQUENT_FLYER, null, null, null, null)).compensation().toString());
        }

        @Test
        void withoutAConfirmedReservationTheRegulationDoesNotApply() {
            assertFalse(eu(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, new Preconditions(null,
                    Preconditions.Booking.NOT_CONFIRMED, null, null, null, null, null)).applicable());
        }

        @Test
        void aPassengerTransferredByTheCarrierToThisFlightIsCovered() {
            RegimeResult r = eu(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, new Preconditions(null,
                    Preconditions.Booking.TRANSFERRED, null, null, null, null, null));
            assertEquals("600.00 EUR", r.compensation().toString());
            assertTrue(r.legalBasis().contains("Art. 3(2)(b)"));
        }
    }

    @Nested
    class AlreadyCompensated {

        @Test
        void compensationAlreadyPaidIsOwedOnceAndAReviewerChecksTheDifference() {
            RegimeResult r = eu(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, new Preconditions(null, null, null, true, null, null,
                    null));
            assertFalse(r.eligible());
            assertTrue(r.manualReview());
        }

        @Test
        void compensationReceivedInTheThirdCountryTakesAnInboundJourneyOutOfScope() {
            Preconditions abroad = new Preconditions(null, null, null, null, true, null, null);
            assertFalse(eu(journey("LH", "JFK", "FRA"), FIVE_HOURS_LATE, abroad).applicable());
            assertTrue(eu(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, abroad).applicable(), "an outbound journey stays covered");
            assertTrue(assess(journey("LH", "JFK", "FRA"), FIVE_HOURS_LATE, Preconditions.UNKNOWN).openQuestions()
                    .contains("compensatedInThirdCountry"));
        }
    }

    @Nested
    class WhatTheEngineCannotJudge {

        @Test
        void aClaimAssignedToSomeoneElseOrAlreadyInCourtStopsTheClaim() {
            Assessment a = assess(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, new Preconditions(null, null, null, null, null,
                    true, true));
            assertEquals(2, a.stops().size());
            assertTrue(assess(FRANKFURT_NEW_YORK, FIVE_HOURS_LATE, Preconditions.UNKNOWN).stops().isEmpty());
        }
    }

    @Nested
    class EarlyDepartureC146_20 {

        @Test
        void aDepartureBroughtForwardByMoreThanAnHourIsACancellation() {
            RegimeResult r = eu(FRANKFURT_NEW_YORK, Disruption.earlyDeparture(3, 90), Preconditions.UNKNOWN);
            assertTrue(r.eligible());
            assertTrue(r.legalBasis().contains("C-146/20 Azurair"));
            assertTrue(r.manualReview(), "halving for an early arrival is for a reviewer");
        }

        @Test
        void aDepartureBroughtForwardByAnHourOrLessIsNotACancellation() {
            assertFalse(eu(FRANKFURT_NEW_YORK, Disruption.earlyDeparture(3, 60), Preconditions.UNKNOWN).eligible());
        }

        @Test
        void toldFourteenDaysAheadNothingIsDue() {
            assertFalse(eu(FRANKFURT_NEW_YORK, Disruption.earlyDeparture(14, 180), Preconditions.UNKNOWN).eligible());
        }

        @Test
        void checkInDoesNotMatterForAnEarlyDeparture() {
            assertTrue(eu(FRANKFURT_NEW_YORK, Disruption.earlyDeparture(3, 180), checkedIn(false)).eligible());
        }
    }

    @Nested
    class DiversionC826_19 {

        @Test
        void aDiversionToANearbyAirportIsADelayMeasuredWhereThePassengerArrived() {
            RegimeResult r = eu(PARIS_AMSTERDAM, Disruption.diversion(200, Cause.NONE), Preconditions.UNKNOWN);
            assertEquals("250.00 EUR", r.compensation().toString());
            assertTrue(r.legalBasis().contains("C-826/19 Austrian Airlines"));
            assertFalse(eu(PARIS_AMSTERDAM, Disruption.diversion(170, Cause.NONE), Preconditions.UNKNOWN).eligible());
        }
    }

    @Nested
    class SeparateBookingsC537_17 {

        private final Journey londonParisAmsterdam = new Journey(List.of(journey("BA", "LHR", "CDG").legs().get(0),
                journey("AF", "CDG", "AMS").legs().get(0)));

        @Test
        void legsOnSeparateBookingsAreSeparateJourneys() {
            Assessment oneBooking = engine.assess(new Trip(londonParisAmsterdam.legs(), null), Disruption.delay(200,
                    Cause.NONE), Preconditions.UNKNOWN, null);
            Assessment two = engine.assess(new Trip(londonParisAmsterdam.legs(), List.of("B1", "B2")),
                    Disruption.delay(200, Cause.NONE), Preconditions.UNKNOWN, null);
            assertTrue(oneBooking.result(Regime.UK261).applicable(), "one booking from London: UK261");
            assertFalse(two.result(Regime.UK261).applicable(), "only Paris-Amsterdam is judged");
            assertTrue(two.result(Regime.EU261).legalBasis().contains("C-537/17 Wegener"));
            assertEquals(PARIS_AMSTERDAM.distanceKm(), two.distanceKm(), 1e-9, "the distance of the judged booking");
        }

        @Test
        void theBookingOfTheDisruptedLegIsJudged() {
            Disruption onFirstLeg = new Disruption(Disruption.Type.DELAY, 200, null, null, Cause.NONE, false, null, null,
                    null, 0);
            Assessment a = engine.assess(new Trip(londonParisAmsterdam.legs(), List.of("B1", "B2")), onFirstLeg,
                    Preconditions.UNKNOWN, null);
            assertTrue(a.result(Regime.UK261).applicable(), "London-Paris departs from the UK");
        }
    }

    @Nested
    class RuleSetsByFlightDate {

        @Test
        void theRuleSetInForceOnTheFlightDateIsUsedAndReported() {
            RuleSet revised = new RuleSet("EU261/test-2031", Regime.EU261, LocalDate.of(2031, 1, 1), "a test-only set",
                    Money.of(300, "EUR"), Money.of(400, "EUR"), Money.of(500, "EUR"), 1500, 3500, 240, 300);
            CompensationEngine engine = new CompensationEngine(new RuleBook(List.of(RuleBook.LAW.sets().get(0),
                    RuleBook.LAW.sets().get(1), revised)));
            Trip trip = new Trip(PARIS_AMSTERDAM.legs(), null);
            RegimeResult before = engine.assess(trip, Disruption.delay(200, Cause.NONE), Preconditions.UNKNOWN,
                    LocalDate.of(2030, 12, 31)).result(Regime.EU261);
            RegimeResult after = engine.assess(trip, Disruption.delay(200, Cause.NONE), Preconditions.UNKNOWN,
                    LocalDate.of(2031, 1, 1)).result(Regime.EU261);
            assertEquals("EU261/2004", before.ruleSet());
            assertEquals("250.00 EUR", before.compensation().toString());
            assertEquals("EU261/test-2031", after.ruleSet());
            assertFalse(after.eligible(), "the revised set's 4-hour threshold");
            RegimeResult later = engine.assess(trip, Disruption.delay(250, Cause.NONE), Preconditions.UNKNOWN,
                    LocalDate.of(2031, 6, 1)).result(Regime.EU261);
            assertEquals("300.00 EUR", later.compensation().toString(), "the revised set's amount");
        }

        @Test
        void noRegimeAppliesBeforeItWasInForce() {
            RegimeResult r = engine.assess(new Trip(PARIS_AMSTERDAM.legs(), null), Disruption.delay(200, Cause.NONE),
                    Preconditions.UNKNOWN, LocalDate.of(2004, 6, 1)).result(Regime.EU261);
            assertFalse(r.applicable());
            assertNull(r.ruleSet());
        }

        @Test
        void untilTheEndOf2020EU261AppliedInTheUKAndUK261WasNotYetInForce() {
            Trip londonNewYork = new Trip(journey("BA", "LHR", "JFK").legs(), null);
            Assessment in2020 = engine.assess(londonNewYork, FIVE_HOURS_LATE, Preconditions.UNKNOWN,
                    LocalDate.of(2020, 6, 1));
            assertEquals("600.00 EUR", in2020.result(Regime.EU261).compensation().toString());
            assertFalse(in2020.result(Regime.UK261).applicable());
            Assessment in2021 = engine.assess(londonNewYork, FIVE_HOURS_LATE, Preconditions.UNKNOWN,
                    LocalDate.of(2021, 1, 1));
            assertFalse(in2021.result(Regime.EU261).applicable());
            assertEquals("520.00 GBP", in2021.result(Regime.UK261).compensation().toString());
        }
    }
}
