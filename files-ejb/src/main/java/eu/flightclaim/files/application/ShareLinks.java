package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.document.Document;
import eu.flightclaim.files.domain.model.share.SharePasswords;
import eu.flightclaim.files.infrastructure.persistence.DocumentRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Share links: a third party downloads one document with a 256-bit token (only its SHA-256 is
 * stored), optionally a password, until the link expires or is revoked. Every use and every refused
 * attempt goes to the document's access log; ten wrong passwords lock the link.
 */
@Stateless
public class ShareLinks {

    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);
    public static final Duration MAX_LIFETIME = Duration.ofDays(90);
    static final int MAX_FAILED_PASSWORDS = 10;
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

    @Resource(lookup = "jdbc/flightclaim")
    private DataSource dataSource;
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
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO share_link"
                + " (document_id, token_hash, password_hash, created_by, expires_at) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            ps.setObject(1, documentId);
            ps.setString(2, sha256(token));
            ps.setString(3, password == null ? null : SharePasswords.hash(password));
            ps.setString(4, actor.name());
            ps.setObject(5, expiry);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                documents.log(documentId, actor.name(), "SHARE", "SUCCESS", actor.ip(), actor.userAgent(),
                        "link " + id + " until " + expiry + (password == null ? "" : ", with password"));
                return new Created(id, token, expiry, password != null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("creating the share link failed", e);
        }
    }

    public List<Link> list(UUID documentId) {
        service.find(documentId);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id, document_id,"
                + " created_by, created_at, expires_at, revoked_at, uses, last_used_at, password_hash IS NOT NULL"
                + " FROM share_link WHERE document_id = ? ORDER BY created_at DESC")) {
            ps.setObject(1, documentId);
            List<Link> links = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(new Link(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                            rs.getObject(6, OffsetDateTime.class), rs.getInt(7), rs.getObject(8, OffsetDateTime.class),
                            rs.getBoolean(9)));
                }
            }
            return links;
        } catch (SQLException e) {
            throw new IllegalStateException("reading share links failed", e);
        }
    }

    public void revoke(long linkId, DocumentService.Actor actor) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE share_link SET"
                + " revoked_at = now() WHERE id = ? AND revoked_at IS NULL RETURNING document_id")) {
            ps.setLong(1, linkId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new DocumentNotFoundException("active share link", Long.toString(linkId));
                }
                documents.log(rs.getObject(1, UUID.class), actor.name(), "SHARE", "SUCCESS", actor.ip(),
                        actor.userAgent(), "link " + linkId + " revoked");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("revoking the share link failed", e);
        }
    }

    /** A visit to {@code /share/{token}}, with the password when the visitor sent one. */
    public Visit visit(String token, String password, DocumentService.Actor visitor) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id, document_id,"
                + " password_hash, expires_at < now(), revoked_at IS NOT NULL, failed_passwords FROM share_link"
                + " WHERE token_hash = ?")) {
            ps.setString(1, sha256(token == null ? "" : token));
            long id;
            UUID documentId;
            String passwordHash;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Visit(Outcome.NOT_FOUND, null);
                }
                id = rs.getLong(1);
                documentId = rs.getObject(2, UUID.class);
                passwordHash = rs.getString(3);
                Outcome refused = rs.getBoolean(5) ? Outcome.NOT_FOUND : rs.getBoolean(4) ? Outcome.EXPIRED
                        : rs.getInt(6) >= MAX_FAILED_PASSWORDS ? Outcome.LOCKED : null;
                if (refused != null) {
                    documents.log(documentId, "share-link:" + id, "SHARE_USE", "DENIED", visitor.ip(),
                            visitor.userAgent(), refused.name().toLowerCase());
                    return new Visit(refused, null);
                }
            }
            if (passwordHash != null) {
                if (password == null) {
                    return new Visit(Outcome.PASSWORD_REQUIRED, null);
                }
                if (!SharePasswords.verify(password, passwordHash)) {
                    update(c, "UPDATE share_link SET failed_passwords = failed_passwords + 1 WHERE id = ?", id);
                    documents.log(documentId, "share-link:" + id, "SHARE_USE", "DENIED", visitor.ip(),
                            visitor.userAgent(), "wrong password");
                    return new Visit(Outcome.WRONG_PASSWORD, null);
                }
            }
            Document doc = service.find(documentId);
            if (doc.deleted()) {
                return new Visit(Outcome.NOT_FOUND, null);
            }
            service.checkServable(doc);
            update(c, "UPDATE share_link SET uses = uses + 1, last_used_at = now() WHERE id = ?", id);
            documents.log(documentId, "share-link:" + id, "SHARE_USE", "SUCCESS", visitor.ip(), visitor.userAgent(),
                    null);
            return new Visit(Outcome.OK, doc);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the share link failed", e);
        }
    }


    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
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
