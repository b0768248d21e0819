package eu.flightclaim.files.domain.model.share;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Share links; uses and failed passwords are counted by the database, not read and written back. */
public interface ShareLinkRepository {

    /** Stores a new link; its id is set afterwards. */
    void add(ShareLink link);

    /** A document's links, newest first. */
    List<ShareLink> onDocument(UUID documentId);

    Optional<ShareLink.Visited> visit(String tokenHash);

    /** Revokes an active link of the document; false when the document has no active link with this id. */
    boolean revoke(UUID documentId, long id);

    void countFailedPassword(long id);

    void countUse(long id);
}
