package eu.flightclaim.claims.domain.model.text;

import java.util.Optional;

/**
 * The text the product accepts from anyone, decided once for every edge (the API, the console,
 * the public pages): no NUL or other control characters — a multi-line text (a message, a note, a
 * reason) may also hold tab, line feed and carriage return — and no unpaired surrogate, which is
 * not a character and cannot be stored as UTF-8. Everything else Unicode has is accepted, so names
 * in any script pass. PostgreSQL refuses NUL outright; the other controls would end up in emails,
 * CSV exports and log lines where they do harm (terminal escapes, header folding).
 */
public final class AcceptedText {

    /** Whether line breaks and tabs belong in the text. */
    public enum Lines { SINGLE, MULTI }

    private AcceptedText() {
    }

    /** Why the text is refused, in words for the person who typed it; empty when it is accepted. */
    public static Optional<String> refusal(String text, Lines lines) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole supplementary character (emoji, historic scripts)
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("must be valid Unicode text (an unpaired surrogate is at position " + (i + 1) + ")");
            }
            if (isControl(c) && !(lines == Lines.MULTI && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of((lines == Lines.SINGLE && (c == '\n' || c == '\r' || c == '\t')
                        ? "must be a single line (" : "must not contain control characters (")
                        + String.format("U+%04X", (int) c) + " at position " + (i + 1) + ")");
            }
        }
        return Optional.empty();
    }

    public static boolean accepts(String text, Lines lines) {
        return refusal(text, lines).isEmpty();
    }

    /** C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F). */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
