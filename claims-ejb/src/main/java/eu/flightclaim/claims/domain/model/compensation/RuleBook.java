package eu.flightclaim.claims.domain.model.compensation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every rule set the engine knows, by regime and the date from which each is in force. */
public final class RuleBook {

    /**
     * The law: Regulation (EC) 261/2004, applicable from 17 February 2005 (Art. 19); UK261, the
     * Regulation as retained and amended by SI 2019/278, in force in the UK from the end of the
     * transition period, 1 January 2021 (before that the UK applied EU261 itself).
     */
    public static final RuleBook LAW = new RuleBook(List.of(
            RuleSet.of("EU261/2004", Regime.EU261, LocalDate.of(2005, 2, 17),
                    "Regulation (EC) No 261/2004, Art. 7(1); applicable from 17 February 2005 (Art. 19)", 250, 400, 600),
            RuleSet.of("UK261/2019", Regime.UK261, LocalDate.of(2021, 1, 1),
                    "Regulation 261/2004 as retained, amended by SI 2019/278; in force from 1 January 2021", 220, 350, 520)));

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final List<RuleSet> sets;
    /** Today's sets by regime, and the (UTC) day they are for: a check without a date asks for them every time. */
    private volatile Today today = new Today(Long.MIN_VALUE, null, null);

    private record Today(long epochDay, RuleSet eu, RuleSet uk) {
    }

    public RuleBook(List<RuleSet> sets) {
        this.sets = List.copyOf(sets);
    }

    public List<RuleSet> sets() {
        return sets;
    }

    /** The set of {@code regime} in force on {@code flightDate}; without a date, the one in force today (UTC). */
    public Optional<RuleSet> inForce(Regime regime, LocalDate flightDate) {
        if (flightDate != null) {
            return Optional.ofNullable(find(regime, flightDate));
        }
        long day = System.currentTimeMillis() / MILLIS_PER_DAY;
        Today t = today;
        if (t.epochDay() != day) {
            LocalDate date = LocalDate.ofEpochDay(day);
            t = new Today(day, find(Regime.EU261, date), find(Regime.UK261, date));
            today = t;
        }
        return Optional.ofNullable(regime == Regime.EU261 ? t.eu() : t.uk());
    }

    private RuleSet find(Regime regime, LocalDate day) {
        RuleSet found = null;
        for (RuleSet s : sets) { // a handful of sets, asked on every eligibility check: a loop, no stream
            if (s.regime() == regime && !s.effectiveFrom().isAfter(day)
                    && (found == null || s.effectiveFrom().isAfter(found.effectiveFrom()))) {
                found = s;
            }
        }
        return found;
    }
}
