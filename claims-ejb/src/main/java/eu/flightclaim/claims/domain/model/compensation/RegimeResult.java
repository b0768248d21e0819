package eu.flightclaim.claims.domain.model.compensation;

import java.util.List;

/**
 * The outcome under one regime. {@code applicable}: the journey is in the regime's scope;
 * {@code eligible}: money is due, and {@code compensation} says how much (for a downgrade, the
 * refund). {@code manualReview} asks a person to look (an extraordinary cause, a distance near a
 * band threshold). Every outcome carries its legal basis and the reasons in plain English, and the
 * rule set it was judged by ({@code ruleSet}: null when none was in force on the flight date).
 */
public record RegimeResult(Regime regime, boolean applicable, boolean eligible, Money compensation, Band band,
        int reductionPercent, boolean manualReview, List<String> legalBasis, List<String> reasons, String ruleSet) {
}
