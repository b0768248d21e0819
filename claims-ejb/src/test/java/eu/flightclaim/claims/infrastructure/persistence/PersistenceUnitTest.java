package eu.flightclaim.claims.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import eu.flightclaim.claims.PersistenceUnit;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.Test;

/** The persistence unit the server deploys, against the migrated schema: every entity's mapping reads its table. */
class PersistenceUnitTest {

    @Test
    void everyEntityReadsFromItsMigratedTable() {
        for (EntityType<?> entity : PersistenceUnit.get().getMetamodel().getEntities()) {
            assertDoesNotThrow(() -> PersistenceUnit.inTransaction(em -> em.createQuery("SELECT e FROM "
                    + entity.getName() + " e", entity.getJavaType()).setMaxResults(5).getResultList()), entity.getName());
        }
    }
}
