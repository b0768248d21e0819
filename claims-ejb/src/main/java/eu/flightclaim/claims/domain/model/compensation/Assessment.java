package eu.flightclaim.claims.domain.model.compensation;

import java.util.List;

/**
 * The engine's answer for one journey: the distance it used, a result for every regime, the
 * questions left unanswered that would change the outcome ({@code openQuestions}: field names of
 * {@link Preconditions}), and why a claim cannot go ahead at all ({@code stops}: assigned to someone
 * else, already in court — things the engine cannot judge).
 */
public record Assessment(double distanceKm, List<RegimeResult> results, List<String> openQuestions,
        List<String> stops) {

    public Assessment {
        results = List.copyOf(results);
        openQuestions = List.copyOf(openQuestions);
        stops = List.copyOf(stops);
    }

    public RegimeResult result(Regime regime) {
        return results.stream().filter(r -> r.regime() == regime).findFirst().orElseThrow();
    }
}
