package eu.flightclaim.files.infrastructure.persistence;

import static eu.flightclaim.files.infrastructure.persistence.PersistenceAdapter.on;

import static eu.flightclaim.files.infrastructure.persistence.FilesDatabase.execute;
import static eu.flightclaim.files.infrastructure.persistence.FilesDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.share.ShareLink;
import eu.flightclaim.files.domain.model.share.ShareLinkRepository;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JpaShareLinkRepositoryTest {

    private static ShareLinkRepository repository(EntityManager em) {
        return on(em, new JpaShareLinkRepository());
    }

    private static Document document() {
        Document d = Documents.scanning();
        inTransaction(em -> {
            on(em, new JpaDocumentRepository()).add(d);
            return null;
        });
        return d;
    }

    private static ShareLink add(UUID documentId, String tokenHash, String passwordHash) {
        ShareLink link = new ShareLink(documentId, tokenHash, passwordHash, "staff@example.com",
                OffsetDateTime.now().plusDays(7));
        inTransaction(em -> {
            repository(em).add(link);
            return null;
        });
        return link;
    }

    private static ShareLink.Visited visit(String tokenHash) {
        return inTransaction(em -> repository(em).visit(tokenHash)).orElseThrow();
    }

    @Test
    void aNewLinkGetsItsIdAndTheDatabasesDefaultsAndIsListedNewestFirst() {
        Document d = document();
        ShareLink older = add(d.id(), Documents.sha256(), "pbkdf2$hash");
        ShareLink newer = add(d.id(), Documents.sha256(), null);
        assertTrue(newer.id() > older.id());
        execute("UPDATE share_link SET created_at = now() - interval '1 hour' WHERE id = " + older.id());

        List<ShareLink> links = inTransaction(em -> repository(em).onDocument(d.id()));
        assertEquals(List.of(newer.id(), older.id()), links.stream().map(ShareLink::id).toList());
        ShareLink listed = links.get(1);
        assertEquals(d.id(), listed.documentId());
        assertEquals("staff@example.com", listed.createdBy());
        assertNotNull(listed.createdAt());
        assertEquals(older.expiresAt().toInstant().toEpochMilli(), listed.expiresAt().toInstant().toEpochMilli());
        assertNull(listed.revokedAt());
        assertEquals(0, listed.uses());
        assertNull(listed.lastUsedAt());
        assertTrue(listed.passwordProtected());
        assertFalse(links.get(0).passwordProtected());
    }

    @Test
    void aVisitFindsTheLinkByItsTokenHashWithExpiryByTheDatabasesClock() {
        Document d = document();
        String token = Documents.sha256();
        ShareLink link = add(d.id(), token, "pbkdf2$hash");
        ShareLink.Visited visited = visit(token);
        assertEquals(link.id(), visited.id());
        assertEquals(d.id(), visited.documentId());
        assertEquals("pbkdf2$hash", visited.passwordHash());
        assertFalse(visited.expired());
        assertFalse(visited.revoked());
        assertFalse(visited.locked());
        assertTrue(inTransaction(em -> repository(em).visit(Documents.sha256())).isEmpty());

        execute("UPDATE share_link SET expires_at = now() - interval '1 minute' WHERE id = " + link.id());
        assertTrue(visit(token).expired());
    }

    @Test
    void wrongPasswordsAreCountedUntilTheLinkLocksAndUsesAreCountedAndStamped() {
        Document d = document();
        String token = Documents.sha256();
        ShareLink link = add(d.id(), token, "pbkdf2$hash");
        for (int i = 0; i < ShareLink.MAX_FAILED_PASSWORDS; i++) {
            assertFalse(visit(token).locked());
            inTransaction(em -> {
                repository(em).countFailedPassword(link.id());
                return null;
            });
        }
        assertEquals(ShareLink.MAX_FAILED_PASSWORDS, visit(token).failedPasswords());
        assertTrue(visit(token).locked());

        inTransaction(em -> {
            repository(em).countUse(link.id());
            repository(em).countUse(link.id());
            return null;
        });
        ShareLink used = inTransaction(em -> repository(em).onDocument(d.id())).get(0);
        assertEquals(2, used.uses());
        assertNotNull(used.lastUsedAt());
    }

    @Test
    void aLinkIsRevokedOnceAndOnlyThroughItsOwnDocument() {
        Document d = document();
        String token = Documents.sha256();
        ShareLink link = add(d.id(), token, null);
        assertFalse(revoke(document().id(), link.id()), "another document's link");
        assertFalse(visit(token).revoked());
        assertTrue(revoke(d.id(), link.id()));
        assertFalse(revoke(d.id(), link.id()), "revoked already");
        assertFalse(revoke(d.id(), -1), "no such link");
        assertTrue(visit(token).revoked());
        assertNotNull(inTransaction(em -> repository(em).onDocument(d.id())).get(0).revokedAt());
    }

    private static boolean revoke(java.util.UUID documentId, long linkId) {
        return inTransaction(em -> repository(em).revoke(documentId, linkId));
    }
}
