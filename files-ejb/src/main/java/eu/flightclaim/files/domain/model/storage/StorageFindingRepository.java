package eu.flightclaim.files.domain.model.storage;

import java.util.List;
import java.util.UUID;

/** The reconciliation job's findings. */
public interface StorageFindingRepository {

    void add(StorageFinding finding);

    /** Reports a record without its object, once per document; false when it was reported before. */
    boolean reportMissing(String storageKey, UUID documentId);

    /** Reports an object whose bytes are not what was stored, once per document; false when reported before. */
    boolean reportDamaged(String storageKey, UUID documentId, String detail);

    /** Newest first. */
    List<StorageFinding> latest(int max);
}
