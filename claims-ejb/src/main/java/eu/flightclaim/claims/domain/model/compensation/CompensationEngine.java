package eu.flightclaim.claims.domain.model.compensation;

import eu.flightclaim.claims.domain.model.country.Membership;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * EU261 and UK261 as ../shared/eu261/RULES.md states them: scope and the other preconditions of
 * Art. 3, distance band, whether money is due for a delay, diversion, cancellation, early departure,
 * denied boarding or downgrade, the Art. 7(2) halving, and why — by the rule set in force on the
 * flight date ({@link RuleBook}). Plain Java, stateless and thread-safe; both regimes are evaluated
 * for every journey.
 */
public final class CompensationEngine {

    /** A distance this close to 1500 or 3500 km is flagged: coordinate sources move it by a few km. */
    public static final double THRESHOLD_MARGIN_KM = 15;
    /** The last day the UK was inside EU261's territory: the end of the transition period (Withdrawal Agreement). */
    static final LocalDate UK_IN_EU261_UNTIL = LocalDate.of(2020, 12, 31);
    /** A departure brought forward by more than this is a cancellation (C-146/20). */
    static final int EARLY_DEPARTURE_CANCELLATION_MINUTES = 60;
    private static final Set<String> FRENCH_OVERSEAS_DEPARTMENTS = Set.of("GP", "MQ", "GF", "RE", "YT");

    private final RuleBook rules;

    /** The engine of the law as it stands ({@link RuleBook#LAW}). */
    public CompensationEngine() {
        this(RuleBook.LAW);
    }

    public CompensationEngine(RuleBook rules) {
        this.rules = rules;
    }

    /** One booking, nothing known of Art. 3's other preconditions, judged by the rules in force today. */
    public Assessment assess(Journey journey, Disruption disruption) {
        return assess(journey, false, disruption, Preconditions.UNKNOWN, null);
    }

    /**
     * The whole question: the legs (and how they were booked), what happened, what Art. 3 asks, and
     * the flight date of the first leg, which picks the rule set (null: the one in force today).
     */
    public Assessment assess(Trip trip, Disruption disruption, Preconditions asked, LocalDate flightDate) {
        Preconditions p = asked == null ? Preconditions.UNKNOWN : asked;
        int disrupted = disruptedLeg(trip.legs().size(), disruption);
        int start = trip.bookingStart(disrupted);
        return assess(trip.journeyOf(disrupted), trip.separatelyBooked(),
                start == 0 ? disruption : shifted(disruption, start), p, flightDate);
    }

    private Assessment assess(Journey journey, boolean separatelyBooked, Disruption d, Preconditions p,
            LocalDate flightDate) {
        double distance = journey.distanceKm();
        Set<String> open = new LinkedHashSet<>();
        List<RegimeResult> results = List.of(
                evaluate(Regime.EU261, separatelyBooked, journey, d, distance, p, flightDate, open),
                evaluate(Regime.UK261, separatelyBooked, journey, d, distance, p, flightDate, open));
        List<String> stops = new ArrayList<>();
        if (Boolean.TRUE.equals(p.claimAssigned())) {
            stops.add("The claim was already assigned to someone else: only they may pursue it now.");
        }
        if (Boolean.TRUE.equals(p.courtCaseFiled())) {
            stops.add("A court case about it is already filed: it is decided there, not by a new claim.");
        }
        return new Assessment(distance, results, List.copyOf(open), stops);
    }

    /** The journey as EU261 saw it while the UK was inside it. */
    private static Journey ukAsMember(Journey journey) {
        return new Journey(journey.legs().stream().map(l -> new Leg(member(l.from()), member(l.to()),
                l.carrier().membership() == Membership.UK ? new Carrier(l.carrier().code(), l.carrier().name(),
                        l.carrier().countryCode(), Membership.EU) : l.carrier())).toList());
    }

    private static Place member(Place p) {
        return p.membership() == Membership.UK ? new Place(p.code(), p.countryCode(), Membership.EU, p.latitude(),
                p.longitude()) : p;
    }

    /** The disruption's leg indexes within the booking that starts at {@code start}. */
    private static Disruption shifted(Disruption d, int start) {
        return new Disruption(d.type(), d.arrivalDelayMinutes(), d.noticeDays(), d.reroute(), d.cause(), d.voluntary(),
                d.downgradedLeg() == null ? null : d.downgradedLeg() - start, d.segmentPrice(), d.ticketPrice(),
                d.operatedLeg() == null ? null : d.operatedLeg() - start, d.departureAdvancedMinutes());
    }

    private RegimeResult evaluate(Regime regime, boolean separatelyBooked, Journey journey, Disruption d,
            double distance, Preconditions p, LocalDate flightDate, Set<String> open) {
        Outcome out = new Outcome(regime);
        RuleSet set = rules.inForce(regime, flightDate).orElse(null);
        if (set == null) {
            out.basis(regime == Regime.EU261 ? "Art. 19" : "SI 2019/278");
            out.reason(regime + " was not in force on " + flightDate + ", the flight date.");
            return out.notApplicable();
        }
        out.ruleSet = set.id();
        if (regime == Regime.EU261 && flightDate != null && !flightDate.isAfter(UK_IN_EU261_UNTIL)
                && journey.legs().stream().anyMatch(l -> l.from().membership() == Membership.UK
                        || l.to().membership() == Membership.UK || l.carrier().membership() == Membership.UK)) {
            journey = ukAsMember(journey);
            out.basis("Withdrawal Agreement Art. 127");
            out.reason("On the flight date the United Kingdom was still a member state or in the transition period"
                    + " (until 31 December 2020): EU261 applied there, and UK carriers were Community carriers.");
        }
        if (separatelyBooked) {
            out.basis("C-537/17 Wegener");
            out.reason("The legs were not all on one booking: each booking is a journey of its own (the connection rule"
                    + " of C-537/17 Wegener covers one booking only), so the one with the disrupted leg is judged: "
                    + journey.origin().code() + " to " + journey.destination().code() + ".");
        }
        if (!inScope(regime, journey, d, p, out) || !covered(regime, p, out)) {
            return out.notApplicable();
        }
        if (d.type() == Disruption.Type.DOWNGRADE) {
            downgrade(set, journey, d, out);
        } else {
            boolean intraCommunity = regime == Regime.EU261 && journey.origin().membership().appliesEu261()
                    && journey.destination().membership().appliesEu261();
            Band band = band(set, distance, intraCommunity);
            out.band = band;
            out.basis(band.article());
            out.reason("The distance from " + journey.origin().code() + " to " + journey.destination().code() + " is "
                    + Math.round(distance) + " km" + (journey.legs().size() > 1
                            ? ", measured from the first departure to the final destination, not the distance flown"
                                    + " (C-559/16 Bossen)"
                            : "")
                    + ": band (" + band.name().toLowerCase() + "), " + set.amount(band) + bandNote(set, band,
                            intraCommunity, distance) + ".");
            if (journey.legs().size() > 1) {
                out.basis("C-559/16 Bossen");
            }
            flagNearThreshold(set, distance, intraCommunity, out);
            switch (d.type()) {
                case DELAY -> delay(set, band, d, journey, out);
                case DIVERSION -> diversion(set, band, d, journey, out);
                case CANCELLATION -> cancellation(set, band, d, out);
                case EARLY_DEPARTURE -> earlyDeparture(set, band, d, out);
                case DENIED_BOARDING -> deniedBoarding(set, band, d, out);
                default -> throw new IllegalStateException(d.type().name());
            }
        }
        afterTheFact(d, p, out, open);
        return out.result();
    }

    // ---- the other preconditions of Art. 3 ----

    /** Art. 3(2) and 3(3): who the Regulation covers at all. */
    private static boolean covered(Regime regime, Preconditions p, Outcome out) {
        String article = regime == Regime.EU261 ? "Art. " : "UK261 Art. ";
        if (p.fare() == Preconditions.Fare.FREE_OR_REDUCED_NOT_PUBLIC) {
            out.basis(article + "3(3)");
            out.reason("The passenger travelled free or at a reduced fare not available to the public: the Regulation"
                    + " does not apply (Art. 3(3)).");
            return false;
        }
        if (p.fare() == Preconditions.Fare.FREQUENT_FLYER) {
            out.basis(article + "3(3)");
            out.reason("A ticket from a frequent-flyer or other commercial programme is covered (Art. 3(3)).");
        }
        if (p.booking() == Preconditions.Booking.NOT_CONFIRMED) {
            out.basis(article + "3(2)");
            out.reason("The passenger had no confirmed reservation on the flight: the Regulation does not apply"
                    + " (Art. 3(2)).");
            return false;
        }
        if (p.booking() == Preconditions.Booking.TRANSFERRED) {
            out.basis(article + "3(2)(b)");
            out.reason("The passenger was transferred to this flight by the carrier or tour operator from the one"
                    + " they had booked: covered as if booked (Art. 3(2)(b)).");
        }
        return true;
    }

    /**
     * What can still take the money away once it would be due: not checked in on time (not for a
     * cancellation or an early departure, Art. 3(2)), or compensation already paid for it. A question
     * not answered that could take it away is an open question.
     */
    private static void afterTheFact(Disruption d, Preconditions p, Outcome out, Set<String> open) {
        if (out.compensation == null) {
            return;
        }
        if (p.fare() == null) {
            open.add("fare");
        }
        if (p.booking() == null) {
            open.add("booking");
        }
        if (out.inbound && p.compensatedInThirdCountry() == null) {
            open.add("compensatedInThirdCountry");
        }
        boolean checkInCounts = d.type() != Disruption.Type.CANCELLATION && d.type() != Disruption.Type.EARLY_DEPARTURE;
        if (checkInCounts && Boolean.FALSE.equals(p.checkedInOnTime())) {
            out.basis("Art. 3(2)(a)");
            out.reason("The passenger did not check in as the carrier stipulated, or 45 minutes before the published"
                    + " departure at the latest: nothing is due (Art. 3(2)(a)).");
            out.notDue();
            return;
        }
        if (checkInCounts && p.checkedInOnTime() == null) {
            open.add("checkedInOnTime");
        }
        if (Boolean.TRUE.equals(p.alreadyCompensated())) {
            out.basis("Art. 7(1)");
            out.manualReview = true;
            out.reason("The carrier already paid compensation for this disruption: it is owed once, so nothing more is"
                    + " due unless it paid less than " + out.compensation + " (a reviewer checks the difference).");
            out.notDue();
        } else if (p.alreadyCompensated() == null) {
            open.add("alreadyCompensated");
        }
    }

    // ---- scope (Art. 3(1)) ----

    private static boolean inScope(Regime regime, Journey journey, Disruption d, Preconditions p, Outcome out) {
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
                return notCompensatedAbroad("Art. 3(1)(b)", p, out);
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
            return notCompensatedAbroad("UK261 Art. 3(1)(b)", p, out);
        }
        out.basis("UK261 Art. 3(1)");
        out.reason("UK261 does not apply: the journey does not depart from the United Kingdom"
                + (destination.membership() == Membership.UK
                        ? ", and its carrier " + operating.code() + " (licensed in " + operating.countryCode()
                                + ") is neither a UK nor an EU carrier."
                        : " and does not arrive there."));
        return false;
    }

    /** Art. 3(1)(b)'s exception: not for a passenger who got benefits or compensation and assistance in the third country. */
    private static boolean notCompensatedAbroad(String article, Preconditions p, Outcome out) {
        if (Boolean.TRUE.equals(p.compensatedInThirdCountry())) {
            out.reason("But the passenger received benefits or compensation and was given assistance in the third"
                    + " country of departure: then the Regulation does not apply to this inbound journey (" + article
                    + ").");
            return false;
        }
        out.inbound = true;
        return true;
    }

    /** The leg whose operating carrier counts for scope: as given, else the downgraded leg, else the last leg. */
    public static int operatedLeg(Journey journey, Disruption d) {
        return disruptedLeg(journey.legs().size(), d);
    }

    /**
     * The leg the disruption is about, of {@code legs}: the operated leg given, else the downgraded
     * leg, else the last. Its operating carrier counts for scope, and with separate bookings its
     * booking is the journey judged.
     */
    public static int disruptedLeg(int legs, Disruption d) {
        if (d.operatedLeg() != null) {
            return d.operatedLeg();
        }
        if (d.type() == Disruption.Type.DOWNGRADE && d.downgradedLeg() != null) {
            return d.downgradedLeg();
        }
        return legs - 1;
    }

    // ---- bands (Art. 7(1)) ----

    static Band band(RuleSet set, double distanceKm, boolean intraCommunity) {
        if (distanceKm <= set.shortLimitKm()) {
            return Band.A;
        }
        return intraCommunity || distanceKm <= set.mediumLimitKm() ? Band.B : Band.C;
    }

    private static String bandNote(RuleSet set, Band band, boolean intraCommunity, double distance) {
        return band == Band.B && intraCommunity && distance > set.mediumLimitKm()
                ? " (an intra-Community flight over " + set.mediumLimitKm() + " km stays in band (b))" : "";
    }

    private static void flagNearThreshold(RuleSet set, double distance, boolean intraCommunity, Outcome out) {
        boolean nearShort = Math.abs(distance - set.shortLimitKm()) <= THRESHOLD_MARGIN_KM;
        boolean nearMedium = !intraCommunity && Math.abs(distance - set.mediumLimitKm()) <= THRESHOLD_MARGIN_KM;
        if (nearShort || nearMedium) {
            out.manualReview = true;
            out.reason("The distance is within " + (int) THRESHOLD_MARGIN_KM + " km of the "
                    + (nearShort ? set.shortLimitKm() : set.mediumLimitKm())
                    + " km threshold, where coordinate sources can change the band: a reviewer should confirm it.");
        }
    }

    // ---- delay (Sturgeon) ----

    /** A diversion to another airport serving the same area is a delay, measured where the passenger arrived (C-826/19). */
    private static void diversion(RuleSet set, Band band, Disruption d, Journey journey, Outcome out) {
        out.basis("C-826/19 Austrian Airlines");
        out.reason("The flight was diverted to another airport serving the same town, city or region: that is not a"
                + " cancellation; the delay counts at the passenger's arrival after the transfer, at the booked airport"
                + " or another nearby destination agreed with them (C-826/19 Austrian Airlines).");
        delay(set, band, d, journey, out);
    }

    private static void delay(RuleSet set, Band band, Disruption d, Journey journey, Outcome out) {
        int delay = d.arrivalDelayMinutes();
        out.basis("C-402/07 Sturgeon");
        String late = "The flight reached its final destination " + hoursMinutes(delay) + " late (doors open, C-452/13"
                + " Germanwings)" + (journey.legs().size() > 1 ? "; only the delay at the final destination counts"
                        + " (C-11/11 Folkerts)" : "");
        if (delay < set.delayThresholdMinutes()) {
            out.reason(late + ", less than the 3 hours from which compensation is due (C-402/07 Sturgeon).");
            return;
        }
        out.reason(late + ": 3 hours or more, so compensation is due as for a cancellation (C-402/07 Sturgeon).");
        if (exempted(d.cause(), out)) {
            return;
        }
        if (band == Band.C && delay < set.fullLongHaulDelayMinutes()) {
            out.basis(band.reductionArticle());
            out.due(set.halfAmount(band), 50);
            out.reason("A band (c) journey arriving 3 to under 4 hours late gets half: " + set.halfAmount(band)
                    + " (Art. 7(2)(c)).");
            return;
        }
        out.due(set.amount(band), 0);
    }

    // ---- cancellation (Art. 5) ----

    /**
     * A departure brought forward by more than an hour is a cancellation, with the notice the
     * passenger had; the earlier flight is the re-route it is measured against (C-146/20).
     */
    private static void earlyDeparture(RuleSet set, Band band, Disruption d, Outcome out) {
        int advanced = d.departureAdvancedMinutes();
        out.basis("C-146/20 Azurair");
        if (advanced <= EARLY_DEPARTURE_CANCELLATION_MINUTES) {
            out.reason("The flight left " + hoursMinutes(advanced) + " earlier than scheduled: not more than 1 hour,"
                    + " so it is not a cancellation (C-146/20 Azurair) and no compensation is due for it.");
            return;
        }
        out.reason("The flight was brought forward by " + hoursMinutes(advanced) + ": more than 1 hour, so it counts as"
                + " cancelled (C-146/20 Azurair), with the notice the passenger had; the earlier flight is the re-route.");
        int late = d.arrivalDelayMinutes() == null ? 0 : d.arrivalDelayMinutes();
        cancellation(set, band, new Disruption(Disruption.Type.CANCELLATION, null, d.noticeDays(),
                new Disruption.Reroute(-advanced, late), d.cause(), false, null, null, null, null), out);
        if (out.reductionPercent > 0) {
            out.manualReview = true;
            out.reason("Whether Art. 7(2) halves the amount for a flight that left early but arrived within the margin"
                    + " is not settled: a reviewer decides.");
        }
    }

    private static void cancellation(RuleSet set, Band band, Disruption d, Outcome out) {
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
        dueWithReroute(set, band, reroute, out);
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

    private static void deniedBoarding(RuleSet set, Band band, Disruption d, Outcome out) {
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
        dueWithReroute(set, band, d.reroute(), out);
    }

    // ---- Art. 7(2) and Art. 5(3) ----

    private static void dueWithReroute(RuleSet set, Band band, Disruption.Reroute reroute, Outcome out) {
        if (reroute != null && reroute.arrivalDelayMinutes() <= band.reductionMarginMinutes()) {
            out.basis(band.reductionArticle());
            out.due(set.halfAmount(band), 50);
            out.reason("The re-routed flight arrived " + hoursMinutes(reroute.arrivalDelayMinutes())
                    + " after the scheduled arrival, within " + band.reductionMarginMinutes() / 60 + " hours for band ("
                    + band.name().toLowerCase() + "): the amount is halved to " + set.halfAmount(band) + " ("
                    + band.reductionArticle() + ").");
            return;
        }
        out.due(set.amount(band), 0);
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

    private static void downgrade(RuleSet set, Journey journey, Disruption d, Outcome out) {
        int index = d.downgradedLeg() == null ? 0 : d.downgradedLeg();
        Leg leg = journey.legs().get(index);
        double legDistance = leg.distanceKm();
        boolean intraCommunity = out.regime == Regime.EU261 && leg.from().membership().appliesEu261()
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
        out.band = band(set, legDistance, intraCommunity);
        out.basis("Art. 10(2)");
        flagNearThreshold(set, legDistance, intraCommunity, out);
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
        private String ruleSet;
        /** In scope as a journey into the EU or UK from outside (Art. 3(1)(b)). */
        private boolean inbound;
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

        void notDue() {
            compensation = null;
            reductionPercent = 0;
        }

        RegimeResult notApplicable() {
            return new RegimeResult(regime, false, false, null, null, 0, false, List.copyOf(basis), List.copyOf(reasons),
                    ruleSet);
        }

        RegimeResult result() {
            return new RegimeResult(regime, true, compensation != null, compensation, band, reductionPercent, manualReview,
                    List.copyOf(basis), List.copyOf(reasons), ruleSet);
        }
    }
}
