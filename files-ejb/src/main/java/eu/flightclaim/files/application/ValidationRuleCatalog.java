package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.ValidationRule;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** The per-document-type upload rules, as stored in {@code file_validation_rule}. */
@Stateless
public class ValidationRuleCatalog {

    @Resource(lookup = "jdbc/flightclaim")
    private DataSource dataSource;

    public List<ValidationRule> all() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT document_type, allowed_mime_types, max_size_bytes,"
                        + " max_pdf_pages, scan_required FROM file_validation_rule ORDER BY document_type");
                ResultSet rs = ps.executeQuery()) {
            List<ValidationRule> rules = new ArrayList<>();
            while (rs.next()) {
                int pages = rs.getInt(4);
                rules.add(new ValidationRule(rs.getString(1),
                        new LinkedHashSet<>(Arrays.asList(rs.getString(2).split(","))), rs.getLong(3),
                        rs.wasNull() ? null : pages, rs.getBoolean(5)));
            }
            return rules;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading file_validation_rule failed", e);
        }
    }

    /** The content types an admin may allow: those the intake can recognise and the viewers can show. */
    public static final Set<String> KNOWN_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/heic",
            "image/webp", "text/plain");
    /** No rule may allow more than this per file. */
    public static final long MAX_SIZE = 1L << 30;

    /** An admin changes a type's rule; returns it as stored. */
    public ValidationRule update(ValidationRule rule, String actor) {
        if (rule.allowedMimeTypes().isEmpty() || !KNOWN_TYPES.containsAll(rule.allowedMimeTypes())) {
            throw new InvalidDocumentInputException("allowedMimeTypes", "must be some of " + KNOWN_TYPES.stream().sorted().toList());
        }
        if (rule.maxSizeBytes() < 1 || rule.maxSizeBytes() > MAX_SIZE) {
            throw new InvalidDocumentInputException("maxSizeBytes", "must be from 1 to " + MAX_SIZE);
        }
        if (rule.maxPdfPages() != null && (rule.maxPdfPages() < 1 || rule.maxPdfPages() > 10_000)) {
            throw new InvalidDocumentInputException("maxPdfPages", "must be from 1 to 10000, or null for no limit");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE"
                + " file_validation_rule SET allowed_mime_types = ?, max_size_bytes = ?, max_pdf_pages = ?,"
                + " scan_required = ?, updated_at = now(), updated_by = ? WHERE document_type = ?")) {
            ps.setString(1, String.join(",", rule.allowedMimeTypes().stream().sorted().toList()));
            ps.setLong(2, rule.maxSizeBytes());
            ps.setObject(3, rule.maxPdfPages());
            ps.setBoolean(4, rule.scanRequired());
            ps.setString(5, actor);
            ps.setString(6, rule.documentType());
            if (ps.executeUpdate() == 0) {
                throw new DocumentNotFoundException("document type", rule.documentType());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Updating file_validation_rule failed", e);
        }
        return all().stream().filter(r -> r.documentType().equals(rule.documentType())).findFirst().orElseThrow();
    }

}
