package eu.flightclaim.files.domain.model.storage;

import java.util.List;
import java.util.UUID;

/** The reconciliation job's findings. */
public interface StorageFindingRepository {

    void add(StorageFinding finding);

    /** Reports a record without its object, once per document; false when it was reported before. */
    boolean reportMissing(String storageKey, UUID documentId);

    /** Newest first. */
    List<StorageFinding> latest(int max);
}
