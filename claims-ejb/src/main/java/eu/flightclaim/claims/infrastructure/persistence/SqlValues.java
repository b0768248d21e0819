package eu.flightclaim.claims.infrastructure.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions of values native queries return. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column as the JDBC driver hands it over (Timestamp, OffsetDateTime or Instant). */
    public static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : null;
    }

    /** A date column as the JDBC driver hands it over (java.sql.Date or LocalDate). */
    public static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
