package eu.flightclaim.claims.infrastructure.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** Conversions of values native queries take and return. */
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

    /** Ids as a PostgreSQL array literal, for {@code = ANY (CAST(? AS UUID[]))}: one query for a page's rows. */
    public static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** A date column as the JDBC driver hands it over (java.sql.Date or LocalDate). */
    public static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
