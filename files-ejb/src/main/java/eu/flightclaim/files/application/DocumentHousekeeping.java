package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.storage.DocumentStore;
import eu.flightclaim.files.domain.model.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps storage and records in step. Purge: documents deleted longer than the retention ago lose
 * their object, then their record. Reconciliation: an object without a record (an upload that died
 * between the write and the commit) is removed once older than a grace period — younger ones may
 * be uploads in flight; a record without its object is reported, never deleted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentHousekeeping {

    private static final Logger LOG = Logger.getLogger(DocumentHousekeeping.class.getName());
    static final String PREFIX = "claims";

    public record Finding(long id, OffsetDateTime foundAt, String kind, String storageKey, UUID documentId,
            String detail) {
    }

    @Inject
    private DocumentSettings settings;
    @Resource(lookup = "jdbc/flightclaim")
    private DataSource dataSource;

    /** Removes documents deleted before {@code retention} ago, object first. */
    public int purge(Duration retention) throws StorageException {
        Map<UUID, String> due = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id, storage_key"
                + " FROM document WHERE deleted_at < now() - make_interval(secs => ?) LIMIT 1000")) {
            ps.setLong(1, retention.toSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
            for (var d : due.entrySet()) {
                settings.store().delete(d.getValue()); // a crash after this leaves a record reconciliation reports
                try (PreparedStatement del = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
                    del.setObject(1, d.getKey());
                    del.executeUpdate();
                }
                finding(c, "PURGED", d.getValue(), d.getKey(), "deleted more than " + retention.toDays() + " days ago");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("purging documents failed", e);
        }
        return due.size();
    }

    /** Compares the store with the records; returns [orphans removed, missing objects newly reported]. */
    public int[] reconcile(Duration grace) throws StorageException {
        List<DocumentStore.StoredObject> objects = settings.store().list(PREFIX);
        Map<String, UUID> records = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT storage_key, id FROM document");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
            int orphans = 0;
            Instant cutoff = Instant.now().minus(grace);
            java.util.Set<String> stored = new java.util.HashSet<>();
            for (DocumentStore.StoredObject o : objects) {
                stored.add(o.key());
                if (!records.containsKey(o.key()) && o.lastModified().isBefore(cutoff)) {
                    settings.store().delete(o.key());
                    finding(c, "ORPHAN_REMOVED", o.key(), null, o.size() + " bytes, written " + o.lastModified());
                    orphans++;
                }
            }
            int missing = 0;
            for (var r : records.entrySet()) {
                if (!stored.contains(r.getKey())) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO storage_finding (kind, storage_key,"
                            + " document_id, detail) VALUES ('MISSING_OBJECT', ?, ?, 'no object in storage')"
                            + " ON CONFLICT DO NOTHING")) {
                        ps.setString(1, r.getKey());
                        ps.setObject(2, r.getValue());
                        missing += ps.executeUpdate();
                    }
                }
            }
            LOG.info("Reconciliation: " + objects.size() + " objects, " + records.size() + " records; " + orphans
                    + " orphans removed, " + missing + " missing objects reported");
            return new int[] {orphans, missing};
        } catch (SQLException e) {
            throw new IllegalStateException("reconciling storage failed", e);
        }
    }

    public List<Finding> findings(int max) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id, found_at,"
                + " kind, storage_key, document_id, detail FROM storage_finding ORDER BY found_at DESC, id DESC LIMIT ?")) {
            ps.setInt(1, max);
            List<Finding> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Finding(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading storage findings failed", e);
        }
    }

    private static void finding(Connection c, String kind, String key, UUID document, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO storage_finding (kind, storage_key, document_id,"
                + " detail) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, kind);
            ps.setString(2, key);
            ps.setObject(3, document);
            ps.setString(4, detail);
            ps.executeUpdate();
        }
    }
}
