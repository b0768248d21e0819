package eu.flightclaim.claims.domain.model.compensation;

import static eu.flightclaim.claims.ReferenceFixtures.airport;
import static eu.flightclaim.claims.ReferenceFixtures.carrier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.domain.model.country.Membership;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per rule of RULES.md, named after the rule. */
class CompensationEngineTest {

    private final CompensationEngine engine = new CompensationEngine();

    // ---- helpers ----

    /** A one-leg journey between real airports on a real carrier. */
    static Journey journey(String carrier, String... airports) {
        List<Leg> legs = new ArrayList<>();
        for (int i = 0; i + 1 < airports.length; i++) {
            legs.add(new Leg(airport(airports[i]), airport(airports[i + 1]), carrier(carrier)));
        }
        return new Journey(legs);
    }

    /** Two places on the equator exactly {@code km} apart, both in {@code membership} countries. */
    static Journey equatorJourney(double km, Membership from, Membership to, Membership carrier) {
        double lon = Math.toDegrees(km / GreatCircle.EARTH_RADIUS_KM);
        Place a = new Place("AAA", code(from), from, 0, 0);
        Place b = new Place("BBB", code(to), to, 0, lon);
        return new Journey(List.of(new Leg(a, b, new Carrier("ZZ", "Test Air", code(carrier), carrier))));
    }

    private static String code(Membership m) {
        return switch (m) {
            case EU -> "DE";
            case EEA -> "NO";
            case CH -> "CH";
            case UK -> "GB";
            case OTHER -> "US";
        };
    }

    RegimeResult eu(Journey j, Disruption d) {
        return engine.assess(j, d).result(Regime.EU261);
    }

    RegimeResult uk(Journey j, Disruption d) {
        return engine.assess(j, d).result(Regime.UK261);
    }

    static String amount(RegimeResult r) {
        return r.compensation() == null ? "none" : r.compensation().toString();
    }

    static final Disruption LONG_DELAY = Disruption.delay(300, Cause.NONE);

    // ---- scope ----

    @Nested
    class ScopeArt3 {

        @Test
        void art3_1_a_departureFromTheEuIsCoveredWhateverTheCarrier() {
            RegimeResult r = eu(journey("UA", "FRA", "JFK"), LONG_DELAY);
            assertTrue(r.applicable());
            assertTrue(r.legalBasis().contains("Art. 3(1)(a)"));
        }

        @Test
        void art3_1_b_arrivalInTheEuIsCoveredOnlyOnACommunityCarrier() {
            assertTrue(eu(journey("LH", "JFK", "FRA"), LONG_DELAY).applicable());
            RegimeResult ua = eu(journey("UA", "JFK", "FRA"), LONG_DELAY);
            assertFalse(ua.applicable());
            assertTrue(ua.reasons().get(0).contains("not a Community carrier"));
        }

        @Test
        void outermostRegionsAreEuTerritory() {
            assertTrue(eu(journey("UU", "RUN", "CDG"), LONG_DELAY).applicable(), "Reunion departure");
            assertTrue(eu(journey("AF", "PTP", "CDG"), LONG_DELAY).applicable(), "Guadeloupe departure");
        }

        @Test
        void icelandNorwayAndSwitzerlandApplyTheRegulation() {
            assertTrue(eu(journey("FI", "KEF", "JFK"), LONG_DELAY).applicable());
            assertTrue(eu(journey("DY", "OSL", "JFK"), LONG_DELAY).applicable());
            assertTrue(eu(journey("LX", "ZRH", "JFK"), LONG_DELAY).applicable());
            assertTrue(eu(journey("LX", "JFK", "ZRH"), LONG_DELAY).applicable(), "Swiss carrier is a Community carrier");
        }

        @Test
        void theLicensingCountryDecidesNotTheBrand() {
            assertFalse(eu(journey("XQ", "AYT", "FRA"), LONG_DELAY).applicable(), "SunExpress is licensed in Turkey");
            assertTrue(eu(journey("DI", "HRG", "FRA"), LONG_DELAY).applicable(), "Marabu is licensed in Estonia");
        }

        @Test
        void uk261_departureFromTheUkIsCoveredWhateverTheCarrier() {
            RegimeResult r = uk(journey("UA", "LHR", "JFK"), LONG_DELAY);
            assertTrue(r.applicable());
            assertEquals("520.00 GBP", amount(r));
        }

        @Test
        void uk261_arrivalInTheUkNeedsAUkOrEuCarrier() {
            assertTrue(uk(journey("BA", "JFK", "LHR"), LONG_DELAY).applicable());
            assertTrue(uk(journey("LH", "JFK", "LHR"), LONG_DELAY).applicable());
            assertFalse(uk(journey("UA", "JFK", "LHR"), LONG_DELAY).applicable());
            assertFalse(uk(journey("LX", "JFK", "LHR"), LONG_DELAY).applicable(), "a Swiss carrier is not an EU carrier");
        }

        @Test
        void aJourneyCanFallUnderBothRegimesAndBothAreReported() {
            Assessment a = engine.assess(journey("AF", "LHR", "CDG"), LONG_DELAY);
            assertTrue(a.result(Regime.EU261).applicable());
            assertTrue(a.result(Regime.UK261).applicable());
            assertEquals("250.00 EUR", amount(a.result(Regime.EU261)));
            assertEquals("220.00 GBP", amount(a.result(Regime.UK261)));
        }

        @Test
        void oneBookingIsOneJourneyJudgedOnFirstDepartureAndFinalArrival() {
            // Prague-Abu Dhabi-Bangkok, the second leg outside the EU on a partner (C-502/18)
            Journey j = new Journey(List.of(new Leg(airport("PRG"), airport("AUH"), carrier("OK")),
                    new Leg(airport("AUH"), airport("BKK"), carrier("EY"))));
            RegimeResult r = eu(j, LONG_DELAY);
            assertTrue(r.applicable());
            assertEquals("600.00 EUR", amount(r));
        }

        @Test
        void theOperatingCarrierOfTheLegIntoTheEuCountsForInboundJourneys() {
            Journey j = new Journey(List.of(new Leg(airport("BOS"), airport("JFK"), carrier("AA")),
                    new Leg(airport("JFK"), airport("FRA"), carrier("LH"))));
            assertTrue(eu(j, LONG_DELAY).applicable(), "last leg on LH");
            Disruption onFirstLeg = new Disruption(Disruption.Type.DELAY, 300, null, null, Cause.NONE, false, null, null,
                    null, 0);
            assertFalse(eu(j, onFirstLeg).applicable(), "operated leg 0 is AA");
        }
    }

    // ---- distance and bands ----

    @Nested
    class BandsArt7_1 {

        @Test
        void distanceIsTheGreatCircleFromFirstDepartureToFinalDestination() {
            Journey direct = journey("SN", "FCO", "HAM");
            Journey viaBrussels = new Journey(List.of(new Leg(airport("FCO"), airport("BRU"), carrier("SN")),
                    new Leg(airport("BRU"), airport("HAM"), carrier("SN"))));
            assertEquals(direct.distanceKm(), viaBrussels.distanceKm(), 1e-9);
            assertEquals(1326, Math.round(viaBrussels.distanceKm()));
        }

        @Test
        void bandA_upToAndIncluding1500km() {
            assertEquals(Band.A, eu(equatorJourney(1500, Membership.EU, Membership.OTHER, Membership.EU), LONG_DELAY).band());
            assertEquals("250.00 EUR", amount(eu(equatorJourney(1500, Membership.EU, Membership.OTHER, Membership.EU),
                    LONG_DELAY)));
        }

        @Test
        void bandB_over1500km() {
            RegimeResult r = eu(equatorJourney(1500.5, Membership.EU, Membership.OTHER, Membership.EU), LONG_DELAY);
            assertEquals(Band.B, r.band());
            assertEquals("400.00 EUR", amount(r));
        }

        @Test
        void bandB_upToAndIncluding3500kmOutsideTheCommunity() {
            assertEquals(Band.B, eu(equatorJourney(3500, Membership.EU, Membership.OTHER, Membership.EU), LONG_DELAY).band());
            assertEquals(Band.C, eu(equatorJourney(3500.5, Membership.EU, Membership.OTHER, Membership.EU), LONG_DELAY).band());
        }

        @Test
        void intraCommunityFlightsOver3500kmStayInBandB() {
            RegimeResult parisReunion = eu(journey("AF", "CDG", "RUN"), LONG_DELAY);
            assertEquals(Band.B, parisReunion.band());
            assertEquals("400.00 EUR", amount(parisReunion));
            assertEquals(Band.B, eu(equatorJourney(5000, Membership.EU, Membership.EEA, Membership.EU), LONG_DELAY).band());
        }

        @Test
        void uk261HasNoIntraCommunityClause() {
            RegimeResult r = uk(equatorJourney(5000, Membership.UK, Membership.EU, Membership.UK), LONG_DELAY);
            assertEquals(Band.C, r.band());
            assertEquals("520.00 GBP", amount(r));
        }

        @Test
        void withinFifteenKmOfAThresholdIsFlaggedForReview() {
            assertTrue(eu(equatorJourney(1510, Membership.EU, Membership.OTHER, Membership.EU), LONG_DELAY).manualReview());
            assertTrue(eu(equatorJourney(3490, Membership.EU, Membership.OTHER, Membership.EU), LONG_DELAY).manualReview());
            assertFalse(eu(equatorJourney(1520, Membership.EU, Membership.OTHER, Membership.EU), LONG_DELAY).manualReview());
            assertFalse(eu(equatorJourney(3490, Membership.EU, Membership.EU, Membership.EU), LONG_DELAY).manualReview(),
                    "3500 km does not move an intra-Community band");
        }
    }

    // ---- delays ----

    @Nested
    class DelaySturgeon {

        final Journey shortHaul = journey("AF", "CDG", "AMS");
        final Journey longHaul = journey("LH", "FRA", "JFK");

        @Test
        void dueFromThreeHoursAtTheFinalDestination() {
            assertFalse(eu(shortHaul, Disruption.delay(179, Cause.NONE)).eligible());
            assertEquals("250.00 EUR", amount(eu(shortHaul, Disruption.delay(180, Cause.NONE))));
        }

        @Test
        void art7_2_c_bandCThreeToUnderFourHoursIsHalved() {
            RegimeResult r = eu(longHaul, Disruption.delay(239, Cause.NONE));
            assertEquals("300.00 EUR", amount(r));
            assertEquals(50, r.reductionPercent());
            assertTrue(r.legalBasis().contains("Art. 7(2)(c)"));
            assertEquals("600.00 EUR", amount(eu(longHaul, Disruption.delay(240, Cause.NONE))));
        }

        @Test
        void art7_2_c_inPoundsUnderUk261() {
            assertEquals("260.00 GBP", amount(uk(journey("BA", "LHR", "JFK"), Disruption.delay(200, Cause.NONE))));
        }

        @Test
        void folkertsOnlyTheFinalArrivalDelayCounts() {
            Journey twoLegs = new Journey(List.of(new Leg(airport("FCO"), airport("BRU"), carrier("SN")),
                    new Leg(airport("BRU"), airport("HAM"), carrier("SN"))));
            RegimeResult r = eu(twoLegs, Disruption.delay(200, Cause.NONE));
            assertEquals("250.00 EUR", amount(r));
            assertTrue(String.join(" ", r.reasons()).contains("C-11/11 Folkerts"));
        }
    }

    // ---- cancellations ----

    @Nested
    class CancellationArt5 {

        final Journey madBcn = journey("IB", "MAD", "BCN");
        final Journey bcnAth = journey("VY", "BCN", "ATH");

        @Test
        void art5_1_c_i_fourteenDaysNoticeOrMoreOwesNothing() {
            assertFalse(eu(madBcn, Disruption.cancellation(14, null, Cause.NONE)).eligible());
            assertTrue(eu(madBcn, Disruption.cancellation(13, null, Cause.NONE)).eligible());
        }

        @Test
        void art5_1_c_ii_sevenToThirteenDaysWithARerouteInsideTheWindowOwesNothing() {
            assertFalse(eu(bcnAth, Disruption.cancellation(7, new Disruption.Reroute(-120, 239), Cause.NONE)).eligible());
            assertTrue(eu(bcnAth, Disruption.cancellation(7, new Disruption.Reroute(-121, 60), Cause.NONE)).eligible());
            assertTrue(eu(bcnAth, Disruption.cancellation(7, new Disruption.Reroute(0, 240), Cause.NONE)).eligible());
        }

        @Test
        void art5_1_c_iii_underSevenDaysWithARerouteInsideTheWindowOwesNothing() {
            assertFalse(eu(bcnAth, Disruption.cancellation(6, new Disruption.Reroute(-60, 119), Cause.NONE)).eligible());
            assertTrue(eu(bcnAth, Disruption.cancellation(6, new Disruption.Reroute(-61, 0), Cause.NONE)).eligible());
            assertTrue(eu(bcnAth, Disruption.cancellation(0, new Disruption.Reroute(0, 120), Cause.NONE)).eligible());
        }

        @Test
        void art7_2_aReroutedArrivalWithinTheBandsMarginHalves() {
            RegimeResult r = eu(bcnAth, Disruption.cancellation(3, new Disruption.Reroute(-30, 180), Cause.NONE));
            assertEquals("200.00 EUR", amount(r));
            assertTrue(r.legalBasis().contains("Art. 7(2)(b)"));
            assertEquals("400.00 EUR", amount(eu(bcnAth, Disruption.cancellation(3, new Disruption.Reroute(-30, 181),
                    Cause.NONE))));
            assertEquals("125.00 EUR", amount(eu(madBcn, Disruption.cancellation(0, new Disruption.Reroute(-90, 120),
                    Cause.NONE))));
        }

        @Test
        void art5_3_anExtraordinaryCauseOwesNothingButGoesToAReviewer() {
            for (Cause cause : new Cause[] {Cause.ATC, Cause.WEATHER, Cause.BIRD_STRIKE, Cause.SECURITY,
                    Cause.POLITICAL_INSTABILITY, Cause.MEDICAL_EMERGENCY, Cause.THIRD_PARTY_STRIKE}) {
                RegimeResult r = eu(madBcn, Disruption.cancellation(0, null, cause));
                assertTrue(r.applicable(), cause.name());
                assertFalse(r.eligible(), cause.name());
                assertNull(r.compensation());
                assertTrue(r.manualReview(), cause.name());
                assertTrue(r.legalBasis().contains("Art. 5(3)"), cause.name());
            }
        }

        @Test
        void technicalFaultsAndOwnStaffStrikesAreNotExtraordinary() {
            for (Cause cause : new Cause[] {Cause.TECHNICAL, Cause.OWN_STAFF_STRIKE}) {
                RegimeResult r = eu(madBcn, Disruption.cancellation(0, null, cause));
                assertEquals("250.00 EUR", amount(r), cause.name());
                assertFalse(r.manualReview(), cause.name());
            }
            assertTrue(eu(madBcn, Disruption.cancellation(0, null, Cause.OWN_STAFF_STRIKE)).legalBasis()
                    .contains("C-28/20 Airhelp v SAS"));
        }

        @Test
        void anUnclassifiedCauseIsDueAndFlagged() {
            RegimeResult r = eu(madBcn, Disruption.cancellation(0, null, Cause.OTHER));
            assertEquals("250.00 EUR", amount(r));
            assertTrue(r.manualReview());
        }
    }

    // ---- denied boarding ----

    @Nested
    class DeniedBoardingArt4 {

        final Journey fraJfk = journey("LH", "FRA", "JFK");

        @Test
        void art4_3_involuntaryIsDueAtOnce() {
            assertEquals("600.00 EUR", amount(eu(fraJfk, Disruption.deniedBoarding(false, null))));
        }

        @Test
        void art4_1_volunteersGetWhatTheyAgreedInstead() {
            RegimeResult r = eu(fraJfk, Disruption.deniedBoarding(true, null));
            assertTrue(r.applicable());
            assertFalse(r.eligible());
        }

        @Test
        void extraordinaryCircumstancesNeverExemptDeniedBoarding() {
            Disruption d = new Disruption(Disruption.Type.DENIED_BOARDING, null, null, null, Cause.WEATHER, false, null,
                    null, null, null);
            RegimeResult r = eu(fraJfk, d);
            assertEquals("600.00 EUR", amount(r));
            assertFalse(r.manualReview());
        }

        @Test
        void art7_2_c_reroutedWithinFourHoursIsHalved() {
            assertEquals("300.00 EUR", amount(eu(fraJfk, Disruption.deniedBoarding(false, new Disruption.Reroute(60, 240)))));
            assertEquals("600.00 EUR", amount(eu(fraJfk, Disruption.deniedBoarding(false, new Disruption.Reroute(60, 241)))));
        }
    }

    // ---- downgrades ----

    @Nested
    class DowngradeArt10_2 {

        final Money price = new Money(new BigDecimal("1000.00"), "EUR");

        @Test
        void thirtyPercentUpTo1500km() {
            assertEquals("300.00 EUR", amount(eu(journey("AF", "CDG", "AMS"), Disruption.downgrade(0, price))));
        }

        @Test
        void fiftyPercentIntraCommunityOver1500km() {
            assertEquals("500.00 EUR", amount(eu(journey("A3", "ATH", "DUB"), Disruption.downgrade(0, price))));
        }

        @Test
        void fiftyPercentOtherFlightsBetween1500And3500km() {
            assertEquals("500.00 EUR", amount(eu(journey("LH", "FRA", "TLV"), Disruption.downgrade(0, price))));
        }

        @Test
        void seventyFivePercentForAllOthers() {
            assertEquals("750.00 EUR", amount(eu(journey("LH", "FRA", "JFK"), Disruption.downgrade(0, price))));
        }

        @Test
        void mainlandFranceToItsOverseasDepartmentsIsSeventyFivePercent() {
            RegimeResult r = eu(journey("AF", "CDG", "RUN"), Disruption.downgrade(0, price));
            assertEquals("750.00 EUR", amount(r));
        }

        @Test
        void theDowngradedLegsDistanceAndPriceCount() {
            Journey j = new Journey(List.of(new Leg(airport("HAM"), airport("FRA"), carrier("LH")),
                    new Leg(airport("FRA"), airport("JFK"), carrier("LH"))));
            assertEquals("300.00 EUR", amount(eu(j, Disruption.downgrade(0, price))));
            assertEquals("750.00 EUR", amount(eu(j, Disruption.downgrade(1, price))));
        }

        @Test
        void mennensWithoutASegmentPriceTheTicketIsProRatedByDistance() {
            Journey j = new Journey(List.of(new Leg(airport("HAM"), airport("FRA"), carrier("LH")),
                    new Leg(airport("FRA"), airport("JFK"), carrier("LH"))));
            Disruption d = new Disruption(Disruption.Type.DOWNGRADE, null, null, null, Cause.NONE, false, 1, null,
                    new Money(new BigDecimal("2000.00"), "EUR"), null);
            RegimeResult r = eu(j, d);
            double share = j.legs().get(1).distanceKm() / (j.legs().get(0).distanceKm() + j.legs().get(1).distanceKm());
            assertEquals(2000 * share * 0.75, r.compensation().amount().doubleValue(), 0.01);
            assertTrue(r.legalBasis().contains("C-255/15 Mennens"));
        }
    }

    @Test
    void everyOutcomeExplainsItself() {
        for (Disruption d : List.of(LONG_DELAY, Disruption.delay(10, Cause.NONE), Disruption.cancellation(20, null,
                Cause.NONE), Disruption.deniedBoarding(true, null), Disruption.downgrade(0, Money.of(100, "EUR")))) {
            for (RegimeResult r : engine.assess(journey("LH", "FRA", "JFK"), d).results()) {
                assertFalse(r.legalBasis().isEmpty(), d + " " + r.regime());
                assertFalse(r.reasons().isEmpty(), d + " " + r.regime());
                assertEquals(r.eligible(), r.compensation() != null);
            }
        }
    }
}
