package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * UUID columns as the PostgreSQL driver reads and writes them: EclipseLink 4.0.7's own UUID
 * conversion fails on a null column (a log line or finding without a document).
 */
@Converter(autoApply = true)
public class Uuids implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(Object column) {
        return (UUID) column;
    }
}
