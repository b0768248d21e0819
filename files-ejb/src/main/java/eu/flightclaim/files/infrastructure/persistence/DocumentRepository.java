package eu.flightclaim.files.infrastructure.persistence;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import eu.flightclaim.files.domain.model.document.Document;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The {@code document} and {@code document_access_log} tables (plain JDBC: this module has no persistence unit). */
@Stateless
public class DocumentRepository {

    private static final String COLUMNS = "id, claim_id, owner_id, document_type, original_name, content_type,"
            + " size_bytes, sha256, pdf_pages, storage_key, stored_bytes, kek_id, wrapped_key, segment_size, status,"
            + " scan_result, uploaded_by, uploaded_at, deleted_at, review_decision, review_reason";

    @Resource(lookup = "jdbc/flightclaim")
    private DataSource dataSource;

    /** Thrown when the same file is already on the claim (the unique index caught a race). */
    public static final class Duplicate extends RuntimeException {
        Duplicate() {
            super("duplicate", null, false, false);
        }
    }

    public void insert(Document d) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO document ("
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, d.id());
            ps.setObject(2, d.claimId());
            ps.setObject(3, d.ownerId());
            ps.setString(4, d.documentType());
            ps.setString(5, d.originalName());
            ps.setString(6, d.contentType());
            ps.setLong(7, d.size());
            ps.setString(8, d.sha256());
            ps.setObject(9, d.pdfPages());
            ps.setString(10, d.storageKey());
            ps.setLong(11, d.storedBytes());
            ps.setString(12, d.wrappedKey().kekId());
            ps.setBytes(13, d.wrappedKey().wrapped());
            ps.setInt(14, d.segmentSize());
            ps.setString(15, d.status());
            ps.setString(16, d.scanResult());
            ps.setString(17, d.uploadedBy());
            ps.setObject(18, d.uploadedAt());
            ps.setObject(19, d.deletedAt());
            ps.setString(20, d.reviewDecision());
            ps.setString(21, d.reviewReason());
            ps.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("document_claim_sha_idx")) {
                throw new Duplicate();
            }
            throw new IllegalStateException("storing the document record failed", e);
        }
    }

    public Optional<Document> find(UUID id) {
        List<Document> found = query("SELECT " + COLUMNS + " FROM document WHERE id = ?", id);
        return found.stream().findFirst();
    }

    public Optional<Document> findOnClaim(UUID claimId, String sha256) {
        return query("SELECT " + COLUMNS + " FROM document WHERE claim_id = ? AND sha256 = ? AND deleted_at IS NULL",
                claimId, sha256).stream().findFirst();
    }

    public List<Document> onClaim(UUID claimId, boolean withDeleted) {
        return query("SELECT " + COLUMNS + " FROM document WHERE claim_id = ?" + (withDeleted ? "" : " AND deleted_at IS NULL")
                + " ORDER BY uploaded_at, id", claimId);
    }

    /** Bytes an owner's documents take (not deleted), for the quota. */
    public long usage(UUID ownerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(sum(size_bytes), 0) FROM document WHERE owner_id = ? AND deleted_at IS NULL")) {
            ps.setObject(1, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the storage usage failed", e);
        }
    }

    /** Marks deleted (or restores with null); false when the row was not in the expected state. */
    public boolean setDeleted(UUID id, OffsetDateTime at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(at == null
                ? "UPDATE document SET deleted_at = NULL, version = version + 1 WHERE id = ? AND deleted_at IS NOT NULL"
                : "UPDATE document SET deleted_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL")) {
            if (at == null) {
                ps.setObject(1, id);
            } else {
                ps.setObject(1, at);
                ps.setObject(2, id);
            }
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new Duplicate(); // restoring a file that was uploaded again meanwhile
            }
            throw new IllegalStateException("changing the document failed", e);
        }
    }

    /** Moves a document out of SCANNING; false when it was not waiting (another instance scanned it). */
    public boolean setScanResult(UUID id, String status, String result) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE document SET"
                + " status = ?, scan_result = ?, version = version + 1 WHERE id = ? AND status = 'SCANNING'")) {
            ps.setString(1, status);
            ps.setString(2, result == null ? null : result.substring(0, Math.min(200, result.length())));
            ps.setObject(3, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("recording the scan failed", e);
        }
    }

    /** Documents in SCANNING for longer than {@code waiting}, oldest first. */
    public List<UUID> waitingForScan(java.time.Duration waiting, int max) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id FROM document"
                + " WHERE status = 'SCANNING' AND uploaded_at < now() - make_interval(secs => ?) ORDER BY uploaded_at"
                + " LIMIT ?")) {
            ps.setLong(1, waiting.toSeconds());
            ps.setInt(2, max);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the scan backlog failed", e);
        }
    }

    /** Documents whose data key is wrapped by another key than {@code activeKekId}. */
    public List<Document> wrappedByOtherThan(String activeKekId, int max) {
        List<Document> found = query("SELECT " + COLUMNS + " FROM document WHERE kek_id <> ? ORDER BY uploaded_at LIMIT ?",
                activeKekId, max);
        return found;
    }

    /** Stores a rewrapped data key, if the document still has the one it was rewrapped from. */
    public boolean rewrap(UUID id, String fromKekId, String toKekId, byte[] wrapped) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE document SET"
                + " kek_id = ?, wrapped_key = ? WHERE id = ? AND kek_id = ?")) {
            ps.setString(1, toKekId);
            ps.setBytes(2, wrapped);
            ps.setObject(3, id);
            ps.setString(4, fromKekId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("storing the rewrapped key failed", e);
        }
    }

    /**
     * What staff still have to look at: documents without a decision that are past the scan, clean
     * or rejected by the scanner (those wait for a person to confirm). Partial index in V…104.
     */
    private static final String REVIEW_QUEUE = " FROM document WHERE deleted_at IS NULL AND review_decision IS NULL"
            + " AND status <> 'SCANNING'";

    /** The review queue, oldest first. */
    public List<Document> reviewQueue(int offset, int limit) {
        return query("SELECT " + COLUMNS + REVIEW_QUEUE + " ORDER BY uploaded_at, id OFFSET ? LIMIT ?", offset, limit);
    }

    public long reviewQueueSize() {
        return count("SELECT count(*)" + REVIEW_QUEUE);
    }

    /** How many documents each key-encryption key wraps. */
    public java.util.Map<String, Long> documentsByKey() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT kek_id, count(*) FROM document GROUP BY kek_id ORDER BY kek_id"); ResultSet rs = ps.executeQuery()) {
            java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("counting documents by key failed", e);
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting documents failed", e);
        }
    }

    /** Records a staff decision on the document. */
    public void review(UUID id, String decision, String reason, String reviewer) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE document SET"
                + " review_decision = ?, review_reason = ?, reviewed_by = ?, reviewed_at = now(), version = version + 1"
                + " WHERE id = ?")) {
            ps.setString(1, decision);
            ps.setString(2, reason);
            ps.setString(3, reviewer);
            ps.setObject(4, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording the review failed", e);
        }
    }

    /** One line of the access log. */
    public record Access(OffsetDateTime at, String actor, String action, String result, String ip, String userAgent,
            String detail) {
    }

    /** The document's access log, newest first. */
    public List<Access> accessLog(UUID documentId, int max) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT at, actor,"
                + " action, result, ip, user_agent, detail FROM document_access_log WHERE document_id = ?"
                + " ORDER BY at DESC, id DESC LIMIT ?")) {
            ps.setObject(1, documentId);
            ps.setInt(2, max);
            List<Access> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Access(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the access log failed", e);
        }
    }

    public void log(UUID documentId, String actor, String action, String result, String ip, String userAgent,
            String detail) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO document_access_log (document_id, actor, action, result, ip, user_agent, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, documentId);
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setString(4, result);
            ps.setString(5, ip);
            ps.setString(6, userAgent == null ? null : userAgent.substring(0, Math.min(300, userAgent.length())));
            ps.setString(7, detail == null ? null : detail.substring(0, Math.min(500, detail.length())));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("writing the access log failed", e);
        }
    }

    private List<Document> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Document> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int pages = rs.getInt(9);
                    Integer pdfPages = rs.wasNull() ? null : pages;
                    out.add(new Document(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7),
                            rs.getString(8), pdfPages, rs.getString(10), rs.getLong(11),
                            new KeyEncryptionKeys.WrappedKey(rs.getString(12), rs.getBytes(13)), rs.getInt(14),
                            rs.getString(15), rs.getString(16), rs.getString(17),
                            rs.getObject(18, OffsetDateTime.class), rs.getObject(19, OffsetDateTime.class),
                            rs.getString(20), rs.getString(21)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading documents failed", e);
        }
    }
}
