package eu.flightclaim.claims.domain.model.compensation;

import java.util.List;

/** The engine's answer for one journey: the distance it used and a result for every regime. */
public record Assessment(double distanceKm, List<RegimeResult> results) {

    public RegimeResult result(Regime regime) {
        return results.stream().filter(r -> r.regime() == regime).findFirst().orElseThrow();
    }
}
