package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Timestamps read from the database in UTC, as the PostgreSQL driver gives them (EclipseLink would
 * use the server's zone): the API shows them as they were shown before this module used JPA.
 */
@Converter(autoApply = true)
public class UtcTimestamps implements AttributeConverter<OffsetDateTime, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(OffsetDateTime value) {
        return value;
    }

    @Override
    public OffsetDateTime convertToEntityAttribute(OffsetDateTime column) {
        return column == null ? null : column.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
