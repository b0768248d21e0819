package eu.flightclaim.files.infrastructure.persistence;

import eu.flightclaim.files.domain.model.storage.StorageFinding;
import eu.flightclaim.files.domain.model.storage.StorageFindingRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.UUID;

/** Storage findings in JPA; each call commits on its own when the caller (housekeeping) has no transaction. */
@Stateless
@Local(StorageFindingRepository.class)
public class JpaStorageFindingRepository extends PersistenceAdapter implements StorageFindingRepository {

    @Override
    public void add(StorageFinding finding) {
        em.persist(finding);
        em.flush();
    }

    @Override
    public boolean reportMissing(String storageKey, UUID documentId) {
        return ObjectProblemReport.insert(em, "MISSING_OBJECT", storageKey, documentId, "no object in storage");
    }

    @Override
    public boolean reportDamaged(String storageKey, UUID documentId, String detail) {
        return ObjectProblemReport.insert(em, "DAMAGED_OBJECT", storageKey, documentId, detail);
    }

    @Override
    public List<StorageFinding> latest(int max) {
        return em.createQuery("SELECT f FROM StorageFinding f ORDER BY f.foundAt DESC, f.id DESC", StorageFinding.class)
                .setMaxResults(max).getResultList();
    }
}
