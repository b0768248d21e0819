package eu.flightclaim.claims.infrastructure.persistence;

import java.time.Instant;
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
}
