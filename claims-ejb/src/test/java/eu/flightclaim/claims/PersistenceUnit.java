package eu.flightclaim.claims;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The module's persistence unit as the server runs it (same entities, EclipseLink), on the tests'
 * real PostgreSQL with local transactions instead of JTA: repositories are tested against it.
 */
public final class PersistenceUnit {

    private static EntityManagerFactory factory;

    private PersistenceUnit() {
    }

    public static synchronized EntityManagerFactory get() {
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory("flightclaim", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.nonJtaDataSource", MigratedDatabase.get(),
                    // one connection per transaction, reads included, as the server's JTA datasource gives
                    "eclipselink.jdbc.exclusive-connection.mode", "Always",
                    "eclipselink.session-event-listener", StatementCounter.class.getName()));
        }
        return factory;
    }

    /** Runs {@code work} in one transaction and commits it, as a container-managed call would. */
    public static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = get().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public static void inTransactionDo(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
