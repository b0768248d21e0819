package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.document.DocumentRepository;
import eu.flightclaim.files.domain.model.share.ShareLink;
import eu.flightclaim.files.domain.model.share.ShareLinkRepository;
import eu.flightclaim.files.domain.model.share.SharePasswords;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Share links: a third party downloads one document with a 256-bit token (only its SHA-256 is
 * stored), optionally a password, until the link expires or is revoked. Every use and every refused
 * attempt goes to the document's access log; ten wrong passwords lock the link.
 */
@Stateless
public class ShareLinks {

    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);
    public static final Duration MAX_LIFETIME = Duration.ofDays(90);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Created(long id, String token, OffsetDateTime expiresAt, boolean passwordProtected) {
    }

    public record Link(long id, UUID documentId, String createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime revokedAt, int uses, OffsetDateTime lastUsedAt, boolean passwordProtected) {
    }

    /** What a visit to a link comes to. */
    public enum Outcome { OK, NOT_FOUND, EXPIRED, PASSWORD_REQUIRED, WRONG_PASSWORD, LOCKED }

    public record Visit(Outcome outcome, Document document) {
    }

    @EJB
    private ShareLinkRepository links;
    @EJB
    private DocumentRepository documents;
    @EJB
    private DocumentService service;

    public Created create(UUID documentId, OffsetDateTime expiresAt, String password, DocumentService.Actor actor) {
        Document doc = service.find(documentId);
        service.checkServable(doc);
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime expiry = expiresAt == null ? now.plus(DEFAULT_LIFETIME) : expiresAt;
        if (!expiry.isAfter(now) || expiry.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidDocumentInputException("expiresAt", "must be in the future and at most "
                    + MAX_LIFETIME.toDays() + " days ahead");
        }
        if (password != null && (password.length() < 8 || password.length() > 200)) {
            throw new InvalidDocumentInputException("password", "must have 8 to 200 characters (or be left out)");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        ShareLink link = new ShareLink(documentId, sha256(token), password == null ? null : SharePasswords.hash(password),
                actor.name(), expiry);
        links.add(link);
        documents.log(actor.access(documentId, "SHARE", "SUCCESS", "link " + link.id() + " until " + expiry
                + (password == null ? "" : ", with password")));
        return new Created(link.id(), token, expiry, password != null);
    }

    public List<Link> list(UUID documentId) {
        service.find(documentId);
        return links.onDocument(documentId).stream().map(l -> new Link(l.id(), l.documentId(), l.createdBy(),
                l.createdAt(), l.expiresAt(), l.revokedAt(), l.uses(), l.lastUsedAt(), l.passwordProtected())).toList();
    }

    public void revoke(UUID documentId, long linkId, DocumentService.Actor actor) {
        if (!links.revoke(documentId, linkId)) {
            throw new DocumentNotFoundException("active share link", Long.toString(linkId));
        }
        documents.log(actor.access(documentId, "SHARE", "SUCCESS", "link " + linkId + " revoked"));
    }

    /** A visit to {@code /share/{token}}, with the password when the visitor sent one. */
    public Visit visit(String token, String password, DocumentService.Actor visitor) {
        ShareLink.Visited link = links.visit(sha256(token == null ? "" : token)).orElse(null);
        if (link == null) {
            return new Visit(Outcome.NOT_FOUND, null);
        }
        UUID documentId = link.documentId();
        DocumentService.Actor byLink = new DocumentService.Actor("share-link:" + link.id(), visitor.ip(),
                visitor.userAgent());
        Outcome refused = link.revoked() ? Outcome.NOT_FOUND : link.expired() ? Outcome.EXPIRED
                : link.locked() ? Outcome.LOCKED : null;
        if (refused != null) {
            documents.log(byLink.access(documentId, "SHARE_USE", "DENIED", refused.name().toLowerCase()));
            return new Visit(refused, null);
        }
        if (link.passwordHash() != null) {
            if (password == null) {
                return new Visit(Outcome.PASSWORD_REQUIRED, null);
            }
            if (!SharePasswords.verify(password, link.passwordHash())) {
                links.countFailedPassword(link.id());
                documents.log(byLink.access(documentId, "SHARE_USE", "DENIED", "wrong password"));
                return new Visit(Outcome.WRONG_PASSWORD, null);
            }
        }
        Document doc = service.find(documentId);
        if (doc.deleted()) {
            return new Visit(Outcome.NOT_FOUND, null);
        }
        service.checkServable(doc);
        links.countUse(link.id());
        documents.log(byLink.access(documentId, "SHARE_USE", "SUCCESS", null));
        return new Visit(Outcome.OK, doc);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
