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
}
