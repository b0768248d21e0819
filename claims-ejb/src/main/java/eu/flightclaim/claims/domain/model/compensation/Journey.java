package eu.flightclaim.claims.domain.model.compensation;

import java.util.List;

/**
 * One booking: its legs in travel order. Scope and distance are judged on the first departure and
 * the final arrival (C-559/16 Bossen; C-502/18 Ceske aerolinie; C-537/17 Wegener).
 */
public record Journey(List<Leg> legs) {

    public static final int MAX_LEGS = 6;

    public Journey {
        if (legs == null || legs.isEmpty() || legs.size() > MAX_LEGS) {
            throw new IllegalArgumentException("a journey has 1 to " + MAX_LEGS + " legs");
        }
        for (int i = 0; i + 1 < legs.size(); i++) {
            if (!legs.get(i).to().code().equals(legs.get(i + 1).from().code())) {
                throw new IllegalArgumentException("leg " + (i + 1) + " does not start where leg " + i + " ends");
            }
        }
        legs = List.copyOf(legs);
    }

    public Place origin() {
        return legs.get(0).from();
    }

    public Place destination() {
        return legs.get(legs.size() - 1).to();
    }

    /** From the first departure to the final destination, not the distance flown. */
    public double distanceKm() {
        return GreatCircle.distanceKm(origin(), destination());
    }
}
