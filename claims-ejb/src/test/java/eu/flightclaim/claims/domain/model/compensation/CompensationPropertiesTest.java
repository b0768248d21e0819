package eu.flightclaim.claims.domain.model.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.ReferenceFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties the engine keeps for any journey built from the real reference data. */
class CompensationPropertiesTest {

    private static final CompensationEngine ENGINE = new CompensationEngine();
    private static final Set<String> REGULATION_AMOUNTS = Set.of("250.00 EUR", "400.00 EUR", "600.00 EUR", "125.00 EUR",
            "200.00 EUR", "300.00 EUR", "220.00 GBP", "350.00 GBP", "520.00 GBP", "110.00 GBP", "175.00 GBP", "260.00 GBP");

    @Provide
    Arbitrary<Place> airports() {
        return Arbitraries.of(ReferenceFixtures.airportCodes()).map(ReferenceFixtures::airport);
    }

    @Provide
    Arbitrary<Carrier> carriers() {
        return Arbitraries.of(ReferenceFixtures.snapshot().carriers().keySet().stream().sorted().toList())
                .map(ReferenceFixtures::carrier);
    }

    @Provide
    Arbitrary<Journey> journeys() {
        return Arbitraries.integers().between(1, 4).flatMap(n -> Combinators.combine(
                airports().list().ofSize(n + 1).uniqueElements(), carriers().list().ofSize(n)).as((places, carriers) -> {
                    List<Leg> legs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        legs.add(new Leg(places.get(i), places.get(i + 1), carriers.get(i)));
                    }
                    return new Journey(legs);
                }));
    }

    @Provide
    Arbitrary<Place> euAirports() {
        return airports().filter(p -> p.membership().appliesEu261());
    }

    @Provide
    Arbitrary<Disruption> compensatingDisruptions() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 2000).map(m -> Disruption.delay(m, Cause.NONE)),
                Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(-600, 600),
                        Arbitraries.integers().between(0, 1000)).as((days, dep, arr) ->
                        Disruption.cancellation(days, dep % 3 == 0 ? null : new Disruption.Reroute(dep, arr), Cause.NONE)),
                Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 1000))
                        .as((voluntary, arr) -> Disruption.deniedBoarding(voluntary, arr > 500 ? null
                                : new Disruption.Reroute(0, arr))));
    }

    @Property
    void aLongerDelayNeverLowersTheAmount(@ForAll("journeys") Journey journey,
            @ForAll @IntRange(min = 0, max = 1500) int delay, @ForAll @IntRange(min = 0, max = 600) int more) {
        Assessment shorter = ENGINE.assess(journey, Disruption.delay(delay, Cause.NONE));
        Assessment longer = ENGINE.assess(journey, Disruption.delay(delay + more, Cause.NONE));
        for (Regime regime : Regime.values()) {
            assertTrue(value(longer.result(regime)) >= value(shorter.result(regime)), regime + " " + delay + "+" + more);
        }
    }

    @Property
    void amountsOnlyTakeTheRegulationsValuesAndHalves(@ForAll("journeys") Journey journey,
            @ForAll("compensatingDisruptions") Disruption disruption) {
        for (RegimeResult r : ENGINE.assess(journey, disruption).results()) {
            if (r.eligible()) {
                assertTrue(REGULATION_AMOUNTS.contains(r.compensation().toString()), r.compensation().toString());
                assertEquals(r.regime().currency(), r.compensation().currency());
            }
        }
    }

    @Property
    void distanceIsSymmetric(@ForAll("airports") Place a, @ForAll("airports") Place b) {
        assertEquals(GreatCircle.distanceKm(a, b), GreatCircle.distanceKm(b, a), 1e-6);
    }

    @Property
    void scopeDependsOnTheCarriersOnlyThroughTheOperatingCarrier(@ForAll("journeys") Journey journey, @ForAll long seed) {
        int operated = journey.legs().size() - 1;
        List<Carrier> others = new ArrayList<>();
        for (int i = 0; i < operated; i++) {
            others.add(journey.legs().get(i).carrier());
        }
        Collections.shuffle(others, new java.util.Random(seed));
        List<Leg> reordered = new ArrayList<>();
        for (int i = 0; i < journey.legs().size(); i++) {
            Leg leg = journey.legs().get(i);
            reordered.add(new Leg(leg.from(), leg.to(), i == operated ? leg.carrier() : others.get(i)));
        }
        Assessment before = ENGINE.assess(journey, CompensationEngineTest.LONG_DELAY);
        Assessment after = ENGINE.assess(new Journey(reordered), CompensationEngineTest.LONG_DELAY);
        for (Regime regime : Regime.values()) {
            assertEquals(before.result(regime).applicable(), after.result(regime).applicable(), regime.name());
        }
    }

    @Property
    void aConnectionThroughAnEuAirportNeverRemovesEu261ScopeForADepartureFromTheEu(
            @ForAll("euAirports") Place origin, @ForAll("euAirports") Place via, @ForAll("airports") Place destination,
            @ForAll("carriers") Carrier carrier) {
        if (origin.code().equals(destination.code()) || via.code().equals(origin.code())
                || via.code().equals(destination.code())) {
            return;
        }
        Journey direct = new Journey(List.of(new Leg(origin, destination, carrier)));
        Journey connecting = new Journey(List.of(new Leg(origin, via, carrier), new Leg(via, destination, carrier)));
        assertTrue(ENGINE.assess(direct, CompensationEngineTest.LONG_DELAY).result(Regime.EU261).applicable());
        assertTrue(ENGINE.assess(connecting, CompensationEngineTest.LONG_DELAY).result(Regime.EU261).applicable());
    }

    @Provide
    Arbitrary<Preconditions> preconditions() {
        Arbitrary<Boolean> maybe = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3);
        return Combinators.combine(maybe, Arbitraries.of(Preconditions.Booking.class).injectNull(0.3),
                Arbitraries.of(Preconditions.Fare.class).injectNull(0.3), maybe, maybe)
                .as((checkIn, booking, fare, paid, abroad) -> new Preconditions(checkIn, booking, fare, paid, abroad,
                        null, null));
    }

    @Property
    void answeringNotCheckedInOnTimeNeverRaisesTheAmount(@ForAll("journeys") Journey journey,
            @ForAll("compensatingDisruptions") Disruption disruption, @ForAll("preconditions") Preconditions p) {
        Trip trip = new Trip(journey.legs(), null);
        Assessment asked = ENGINE.assess(trip, disruption, p, null);
        Assessment late = ENGINE.assess(trip, disruption, new Preconditions(false, p.booking(), p.fare(),
                p.alreadyCompensated(), p.compensatedInThirdCountry(), null, null), null);
        for (Regime regime : Regime.values()) {
            assertTrue(value(late.result(regime)) <= value(asked.result(regime)), regime + " " + p);
        }
    }

    @Property
    void aCancellationsAmountNeverDependsOnCheckIn(@ForAll("journeys") Journey journey,
            @ForAll @IntRange(min = 0, max = 20) int notice, @ForAll("preconditions") Preconditions p) {
        Trip trip = new Trip(journey.legs(), null);
        Disruption cancelled = Disruption.cancellation(notice, null, Cause.NONE);
        for (Boolean checkIn : new Boolean[] {true, false, null}) {
            Assessment a = ENGINE.assess(trip, cancelled, new Preconditions(checkIn, p.booking(), p.fare(),
                    p.alreadyCompensated(), p.compensatedInThirdCountry(), null, null), null);
            Assessment b = ENGINE.assess(trip, cancelled, p, null);
            for (Regime regime : Regime.values()) {
                assertEquals(value(b.result(regime)), value(a.result(regime)), regime + " " + checkIn);
            }
        }
    }

    @Property
    void anyAnswerOfArt3OnlyEverLowersWhatIsDueComparedWithTheMostFavourable(@ForAll("journeys") Journey journey,
            @ForAll("compensatingDisruptions") Disruption disruption, @ForAll("preconditions") Preconditions p) {
        Trip trip = new Trip(journey.legs(), null);
        Assessment favourable = ENGINE.assess(trip, disruption, new Preconditions(true, Preconditions.Booking.CONFIRMED,
                Preconditions.Fare.PUBLIC, false, false, null, null), null);
        Assessment asked = ENGINE.assess(trip, disruption, p, null);
        for (Regime regime : Regime.values()) {
            assertTrue(value(asked.result(regime)) <= value(favourable.result(regime)), regime + " " + p);
        }
    }

    private static double value(RegimeResult r) {
        return r.eligible() ? r.compensation().amount().doubleValue() : 0;
    }
}
