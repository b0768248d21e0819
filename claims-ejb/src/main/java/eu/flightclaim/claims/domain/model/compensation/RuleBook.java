package eu.flightclaim.claims.domain.model.compensation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule set the engine knows, by regime and the date from which each is in force. */
public record RuleBook(List<RuleSet> sets) {

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

    public RuleBook {
        sets = List.copyOf(sets);
    }

    /** The set of {@code regime} in force on {@code flightDate}; without a date, the one in force today. */
    public Optional<RuleSet> inForce(Regime regime, LocalDate flightDate) {
        LocalDate day = flightDate == null ? LocalDate.now() : flightDate;
        return sets.stream().filter(s -> s.regime() == regime && !s.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RuleSet::effectiveFrom));
    }
}
