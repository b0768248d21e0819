package eu.flightclaim.claims.application.reference;

/**
 * Tells every instance of a cluster that the reference tables changed (an import, a staff edit), so
 * that each reloads its in-memory snapshot: the engine answers the same on every instance.
 */
public interface ReferenceChanges {

    /** Sent after the change is committed; every instance, this one included, hears it. */
    void announce();
}
