package eu.flightclaim.claims.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What every adapter on this module's persistence unit shares: its entity manager, injected by the
 * container, or handed over by a repository test that runs outside it.
 */
public abstract class PersistenceAdapter {

    /** The unit of {@code META-INF/persistence.xml}, which names the datasource for JPA. */
    public static final String UNIT = "flightclaim";

    @PersistenceContext(unitName = UNIT)
    protected EntityManager em;

    /** For the repository tests, which run outside the container: {@code adapter} on {@code em}. */
    public static <A extends PersistenceAdapter> A on(EntityManager em, A adapter) {
        adapter.em = em;
        return adapter;
    }
}
