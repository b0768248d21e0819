package eu.flightclaim.claims.domain.model.compensation;

import eu.flightclaim.claims.domain.model.country.Membership;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * EU261 and UK261 as ../shared/eu261/RULES.md states them: scope, distance band, whether money is
 * due for a delay, cancellation, denied boarding or downgrade, the Art. 7(2) halving, and why.
 * Plain Java, stateless and thread-safe; both regimes are evaluated for every journey.
 */
public final class CompensationEngine {

    /** A distance this close to 1500 or 3500 km is flagged: coordinate sources move it by a few km. */
    public static final double THRESHOLD_MARGIN_KM = 15;
    static final int DELAY_THRESHOLD_MINUTES = 180;
    static final int FULL_LONG_HAUL_DELAY_MINUTES = 240;
    private static final Set<String> FRENCH_OVERSEAS_DEPARTMENTS = Set.of("GP", "MQ", "GF", "RE", "YT");

    public Assessment assess(Journey journey, Disruption disruption) {
        double distance = journey.distanceKm();
        List<RegimeResult> results = List.of(evaluate(Regime.EU261, journey, disruption, distance),
                evaluate(Regime.UK261, journey, disruption, distance));
        return new Assessment(distance, results);
    }

    private RegimeResult evaluate(Regime regime, Journey journey, Disruption d, double distance) {
        Outcome out = new Outcome(regime);
        if (!inScope(regime, journey, d, out)) {
            return out.notApplicable();
        }
        if (d.type() == Disruption.Type.DOWNGRADE) {
            return downgrade(regime, journey, d, out);
        }
        boolean intraCommunity = regime == Regime.EU261 && journey.origin().membership().appliesEu261()
                && journey.destination().membership().appliesEu261();
        Band band = band(distance, intraCommunity);
        out.band = band;
        out.basis(band.article());
        out.reason("The distance from " + journey.origin().code() + " to " + journey.destination().code() + " is "
                + Math.round(distance) + " km" + (journey.legs().size() > 1
                        ? ", measured from the first departure to the final destination, not the distance flown (C-559/16 Bossen)"
                        : "")
                + ": band (" + band.name().toLowerCase() + "), " + regime.amount(band) + bandNote(band, intraCommunity,
                        distance) + ".");
        if (journey.legs().size() > 1) {
            out.basis("C-559/16 Bossen");
        }
        flagNearThreshold(distance, intraCommunity, out);
        switch (d.type()) {
            case DELAY -> delay(regime, band, d, journey, out);
            case CANCELLATION -> cancellation(regime, band, d, out);
            case DENIED_BOARDING -> deniedBoarding(regime, band, d, out);
            default -> throw new IllegalStateException(d.type().name());
        }
        return out.result();
    }

    // ---- scope (Art. 3(1)) ----

    private static boolean inScope(Regime regime, Journey journey, Disruption d, Outcome out) {
        Place origin = journey.origin();
        Place destination = journey.destination();
        Carrier operating = journey.legs().get(operatedLeg(journey, d)).carrier();
        if (regime == Regime.EU261) {
            if (origin.membership().appliesEu261()) {
                out.basis("Art. 3(1)(a)");
                out.reason("EU261 applies: the journey departs from " + origin.code() + " (" + origin.countryCode()
                        + "), where Regulation 261/2004 applies, whatever the carrier (Art. 3(1)(a)).");
                return true;
            }
            if (destination.membership().appliesEu261() && operating.isCommunityCarrier()) {
                out.basis("Art. 3(1)(b)");
                out.reason("EU261 applies: the journey arrives in " + destination.code() + " (" + destination.countryCode()
                        + ") from outside on " + operating.code() + ", a Community carrier licensed in "
                        + operating.countryCode() + " (Art. 3(1)(b)).");
                return true;
            }
            out.basis("Art. 3(1)");
            out.reason("EU261 does not apply: the journey departs from " + origin.code() + " (" + origin.countryCode()
                    + "), outside the EU, EEA and Switzerland, and "
                    + (destination.membership().appliesEu261()
                            ? "its carrier " + operating.code() + " is licensed in " + operating.countryCode()
                                    + ", so it is not a Community carrier (Art. 3(1)(b))."
                            : "arrives in " + destination.code() + " (" + destination.countryCode() + "), also outside."));
            return false;
        }
        if (origin.membership() == Membership.UK) {
            out.basis("UK261 Art. 3(1)(a)");
            out.reason("UK261 applies: the journey departs from " + origin.code()
                    + " in the United Kingdom, whatever the carrier.");
            return true;
        }
        boolean ukOrEuCarrier = operating.membership() == Membership.UK || operating.membership() == Membership.EU;
        if (destination.membership() == Membership.UK && ukOrEuCarrier) {
            out.basis("UK261 Art. 3(1)(b)");
            out.reason("UK261 applies: the journey arrives in " + destination.code() + " in the United Kingdom on "
                    + operating.code() + ", a " + (operating.membership() == Membership.UK ? "UK" : "EU")
                    + " carrier licensed in " + operating.countryCode() + ".");
            return true;
        }
        out.basis("UK261 Art. 3(1)");
        out.reason("UK261 does not apply: the journey does not depart from the United Kingdom"
                + (destination.membership() == Membership.UK
                        ? ", and its carrier " + operating.code() + " (licensed in " + operating.countryCode()
                                + ") is neither a UK nor an EU carrier."
                        : " and does not arrive there."));
        return false;
    }

    /** The leg whose operating carrier counts for scope: as given, else the downgraded leg, else the last leg. */
    public static int operatedLeg(Journey journey, Disruption d) {
        if (d.operatedLeg() != null) {
            return d.operatedLeg();
        }
        if (d.type() == Disruption.Type.DOWNGRADE && d.downgradedLeg() != null) {
            return d.downgradedLeg();
        }
        return journey.legs().size() - 1;
    }

    // ---- bands (Art. 7(1)) ----

    static Band band(double distanceKm, boolean intraCommunity) {
        if (distanceKm <= 1500) {
            return Band.A;
        }
        return intraCommunity || distanceKm <= 3500 ? Band.B : Band.C;
    }

    private static String bandNote(Band band, boolean intraCommunity, double distance) {
        return band == Band.B && intraCommunity && distance > 3500
                ? " (an intra-Community flight over 3500 km stays in band (b))" : "";
    }

    private static void flagNearThreshold(double distance, boolean intraCommunity, Outcome out) {
        boolean near1500 = Math.abs(distance - 1500) <= THRESHOLD_MARGIN_KM;
        boolean near3500 = !intraCommunity && Math.abs(distance - 3500) <= THRESHOLD_MARGIN_KM;
        if (near1500 || near3500) {
            out.manualReview = true;
            out.reason("The distance is within " + (int) THRESHOLD_MARGIN_KM + " km of the " + (near1500 ? "1500" : "3500")
                    + " km threshold, where coordinate sources can change the band: a reviewer should confirm it.");
        }
    }

    // ---- delay (Sturgeon) ----

    private static void delay(Regime regime, Band band, Disruption d, Journey journey, Outcome out) {
        int delay = d.arrivalDelayMinutes();
        out.basis("C-402/07 Sturgeon");
        String late = "The flight reached its final destination " + hoursMinutes(delay) + " late (doors open, C-452/13"
                + " Germanwings)" + (journey.legs().size() > 1 ? "; only the delay at the final destination counts"
                        + " (C-11/11 Folkerts)" : "");
        if (delay < DELAY_THRESHOLD_MINUTES) {
            out.reason(late + ", less than the 3 hours from which compensation is due (C-402/07 Sturgeon).");
            return;
        }
        out.reason(late + ": 3 hours or more, so compensation is due as for a cancellation (C-402/07 Sturgeon).");
        if (exempted(d.cause(), out)) {
            return;
        }
        if (band == Band.C && delay < FULL_LONG_HAUL_DELAY_MINUTES) {
            out.basis(band.reductionArticle());
            out.due(regime.halfAmount(band), 50);
            out.reason("A band (c) journey arriving 3 to under 4 hours late gets half: " + regime.halfAmount(band)
                    + " (Art. 7(2)(c)).");
            return;
        }
        out.due(regime.amount(band), 0);
    }

    // ---- cancellation (Art. 5) ----

    private static void cancellation(Regime regime, Band band, Disruption d, Outcome out) {
        int notice = d.noticeDays();
        Disruption.Reroute reroute = d.reroute();
        out.basis("Art. 5(1)(c)");
        if (notice >= 14) {
            out.reason("The cancellation was announced " + notice + " days ahead: 14 days or more, so no compensation"
                    + " is due (Art. 5(1)(c)(i)).");
            return;
        }
        boolean exempt;
        if (notice >= 7) {
            exempt = reroute != null && reroute.departureOffsetMinutes() >= -120 && reroute.arrivalDelayMinutes() < 240;
            out.reason("The cancellation was announced " + notice + " days ahead (7 to 13 days): no compensation only with"
                    + " a re-route leaving at most 2 hours early and arriving less than 4 hours late (Art. 5(1)(c)(ii)); "
                    + rerouteText(reroute, exempt));
        } else {
            exempt = reroute != null && reroute.departureOffsetMinutes() >= -60 && reroute.arrivalDelayMinutes() < 120;
            out.reason("The cancellation was announced " + (notice == 0 ? "on the day" : notice + " days ahead")
                    + " (less than 7 days): no compensation only with a re-route leaving at most 1 hour early and arriving"
                    + " less than 2 hours late (Art. 5(1)(c)(iii)); " + rerouteText(reroute, exempt));
        }
        if (exempt) {
            return;
        }
        if (exempted(d.cause(), out)) {
            return;
        }
        dueWithReroute(regime, band, reroute, out);
    }

    private static String rerouteText(Disruption.Reroute reroute, boolean withinWindow) {
        if (reroute == null) {
            return "no re-route was offered, so compensation is due.";
        }
        return "the re-route offered left " + offset(reroute.departureOffsetMinutes()) + " and arrived "
                + hoursMinutes(reroute.arrivalDelayMinutes()) + " late, "
                + (withinWindow ? "inside that window, so no compensation is due." : "outside that window, so compensation is due.");
    }

    // ---- denied boarding (Art. 4) ----

    private static void deniedBoarding(Regime regime, Band band, Disruption d, Outcome out) {
        if (d.voluntary()) {
            out.basis("Art. 4(1)");
            out.reason("The passenger gave up the seat voluntarily: volunteers get the benefits they agreed with the"
                    + " carrier instead of compensation (Art. 4(1)).");
            return;
        }
        out.basis("Art. 4(3)");
        out.reason("The passenger was denied boarding against their will: compensation is due at once (Art. 4(3)).");
        if (d.cause() != Cause.NONE) {
            out.reason("Extraordinary circumstances do not exempt a carrier from compensating denied boarding"
                    + " (Art. 4(3); C-22/11 Finnair).");
        }
        dueWithReroute(regime, band, d.reroute(), out);
    }

    // ---- Art. 7(2) and Art. 5(3) ----

    private static void dueWithReroute(Regime regime, Band band, Disruption.Reroute reroute, Outcome out) {
        if (reroute != null && reroute.arrivalDelayMinutes() <= band.reductionMarginMinutes()) {
            out.basis(band.reductionArticle());
            out.due(regime.halfAmount(band), 50);
            out.reason("The re-routed flight arrived " + hoursMinutes(reroute.arrivalDelayMinutes())
                    + " after the scheduled arrival, within " + band.reductionMarginMinutes() / 60 + " hours for band ("
                    + band.name().toLowerCase() + "): the amount is halved to " + regime.halfAmount(band) + " ("
                    + band.reductionArticle() + ").");
            return;
        }
        out.due(regime.amount(band), 0);
    }

    /** True when the cause may be extraordinary: nothing due until a reviewer has seen the carrier's proof. */
    private static boolean exempted(Cause cause, Outcome out) {
        if (cause.mayBeExtraordinary()) {
            out.basis("Art. 5(3)");
            out.basis(cause.authority());
            out.manualReview = true;
            out.reason(cause.explanation() + " The carrier owes nothing if it also shows it took all reasonable measures"
                    + " (Art. 5(3)): a reviewer must check the facts before the claim is refused.");
            return true;
        }
        if (cause.isUnknown()) {
            out.basis("Art. 5(3)");
            out.manualReview = true;
            out.reason(cause.explanation() + " A reviewer should look at it.");
        } else if (cause != Cause.NONE) {
            out.basis(cause.authority());
            out.reason(cause.explanation());
        }
        return false;
    }

    // ---- downgrade (Art. 10(2)) ----

    private static RegimeResult downgrade(Regime regime, Journey journey, Disruption d, Outcome out) {
        int index = d.downgradedLeg() == null ? 0 : d.downgradedLeg();
        Leg leg = journey.legs().get(index);
        double legDistance = leg.distanceKm();
        boolean intraCommunity = regime == Regime.EU261 && leg.from().membership().appliesEu261()
                && leg.to().membership().appliesEu261();
        boolean franceOverseas = isMainlandFranceToOverseasDepartment(leg);
        int percent;
        String why;
        if (legDistance <= 1500) {
            percent = 30;
            why = "flights of 1500 km or less";
        } else if (intraCommunity && !franceOverseas) {
            percent = 50;
            why = "intra-Community flights over 1500 km";
        } else if (legDistance <= 3500 && !(intraCommunity && franceOverseas)) {
            percent = 50;
            why = "flights between 1500 and 3500 km";
        } else {
            percent = 75;
            why = franceOverseas && intraCommunity
                    ? "flights between mainland France and its overseas departments, which the intra-Community rate excludes"
                    : "all other flights";
        }
        out.band = band(legDistance, intraCommunity);
        out.basis("Art. 10(2)");
        flagNearThreshold(legDistance, intraCommunity, out);
        Money price = d.segmentPrice();
        String priceText = "the segment price of " + price;
        if (price == null) {
            price = proRated(journey, index, d.ticketPrice());
            priceText = "the ticket price of " + d.ticketPrice() + " pro-rated by distance to the leg, " + price
                    + " (C-255/15 Mennens)";
            out.basis("C-255/15 Mennens");
        }
        Money refund = price.percent(percent);
        out.reason("Leg " + index + " (" + leg.from().code() + "-" + leg.to().code() + ", " + Math.round(legDistance)
                + " km) was downgraded: the carrier refunds " + percent + "% for " + why + ", of " + priceText
                + " (taxes and charges that do not depend on the cabin excluded): " + refund + " (Art. 10(2)).");
        out.due(refund, 0);
        return out.result();
    }

    private static boolean isMainlandFranceToOverseasDepartment(Leg leg) {
        String a = leg.from().countryCode();
        String b = leg.to().countryCode();
        return "FR".equals(a) && FRENCH_OVERSEAS_DEPARTMENTS.contains(b)
                || "FR".equals(b) && FRENCH_OVERSEAS_DEPARTMENTS.contains(a);
    }

    static Money proRated(Journey journey, int legIndex, Money ticketPrice) {
        double total = 0;
        for (Leg l : journey.legs()) {
            total += l.distanceKm();
        }
        double share = total == 0 ? 1 : journey.legs().get(legIndex).distanceKm() / total;
        return new Money(ticketPrice.amount().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP),
                ticketPrice.currency());
    }

    // ---- wording ----

    static String hoursMinutes(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return h + " h " + (m < 10 ? "0" : "") + m + " min";
    }

    private static String offset(int minutes) {
        return minutes == 0 ? "on time" : minutes < 0 ? hoursMinutes(-minutes) + " early" : hoursMinutes(minutes) + " late";
    }

    /** The result being built for one regime. */
    private static final class Outcome {
        private final Regime regime;
        private final List<String> basis = new ArrayList<>(6);
        private final List<String> reasons = new ArrayList<>(6);
        private Band band;
        private Money compensation;
        private int reductionPercent;
        private boolean manualReview;

        Outcome(Regime regime) {
            this.regime = regime;
        }

        void basis(String article) {
            if (!basis.contains(article)) {
                basis.add(article);
            }
        }

        void reason(String reason) {
            reasons.add(reason);
        }

        void due(Money amount, int reduction) {
            compensation = amount;
            reductionPercent = reduction;
        }

        RegimeResult notApplicable() {
            return new RegimeResult(regime, false, false, null, null, 0, false, List.copyOf(basis), List.copyOf(reasons));
        }

        RegimeResult result() {
            return new RegimeResult(regime, true, compensation != null, compensation, band, reductionPercent, manualReview,
                    List.copyOf(basis), List.copyOf(reasons));
        }
    }
}
