package eu.flightclaim.api.document;

/**
 * One HTTP byte range ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}) resolved against the
 * size; several ranges are answered with the whole file (allowed by RFC 9110).
 */
record ByteRange(long from, long to) {

    /** Null: no (usable) Range header, send everything. Throws when it cannot be satisfied. */
    static ByteRange parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        String spec = header.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            long from;
            long to;
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix <= 0) {
                    throw new Unsatisfiable();
                }
                from = Math.max(0, size - suffix);
                to = size - 1;
            } else {
                from = Long.parseLong(a);
                to = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            }
            if (from >= size || from > to || from < 0) {
                throw new Unsatisfiable();
            }
            return new ByteRange(from, to);
        } catch (NumberFormatException e) {
            return null; // not a range we understand: ignore it, as RFC 9110 allows
        }
    }

    long length() {
        return to - from + 1;
    }

    static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super(null, null, false, false);
        }
    }
}
