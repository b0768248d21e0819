package eu.flightclaim.claims.infrastructure.batch;

import eu.flightclaim.claims.infrastructure.persistence.DataSourceName;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;

/** Upserts a chunk of one reference file's rows, one JDBC batch per chunk. */
@Named("referenceUpsertWriter")
@Dependent
public class ReferenceUpsertWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "file")
    String file;

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(ReferenceFile.valueOf(file).upsert())) {
            for (Object item : items) {
                bind(ps, (Object[]) item);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void bind(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                ps.setNull(i + 1, Types.VARCHAR); // only text columns are nullable
            } else {
                ps.setObject(i + 1, row[i]);
            }
        }
    }
}
