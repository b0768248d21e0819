package eu.flightclaim.claims.application.reference;

/** Where the reference tables are read from, whole, for the engine's in-memory snapshot. */
public interface ReferenceTables {

    ReferenceData.Snapshot read();
}
