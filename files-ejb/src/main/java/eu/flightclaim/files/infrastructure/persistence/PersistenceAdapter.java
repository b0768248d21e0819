package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What every adapter on this module's persistence unit shares: its entity manager, injected by the
 * container, or handed over by a repository test that runs outside it.
 */
public abstract class PersistenceAdapter {

    @PersistenceContext(unitName = FilesUnit.UNIT)
    protected EntityManager em;

    /** For the repository tests, which run outside the container: {@code adapter} on {@code em}. */
    static <A extends PersistenceAdapter> A on(EntityManager em, A adapter) {
        adapter.em = em;
        return adapter;
    }
}
