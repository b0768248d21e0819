package eu.flightclaim.claims.domain.model.claim;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/**
 * An International Bank Account Number (ISO 13616): the country's length where we know it, and the
 * mod-97 check digits. Shown masked: only the country, check digits and last four characters.
 */
public record Iban(String value) {

    /** Lengths of the SEPA countries and the UK (ISO 13616 registry); other countries: 15 to 34. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("AT", 20), Map.entry("BE", 16),
            Map.entry("BG", 22), Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27),
            Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24));

    /** The IBAN in electronic form (no spaces, upper case), or {@link IllegalArgumentException} saying what is wrong. */
    public static Iban parse(String text) {
        String v = text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            throw new IllegalArgumentException("is not an IBAN (two letters, two digits, then 11 to 30 letters or digits)");
        }
        Integer length = LENGTHS.get(v.substring(0, 2));
        if (length != null && v.length() != length) {
            throw new IllegalArgumentException("has " + v.length() + " characters; a " + v.substring(0, 2)
                    + " IBAN has " + length);
        }
        String rearranged = v.substring(4) + v.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : String.valueOf(c));
        }
        if (!new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).equals(BigInteger.ONE)) {
            throw new IllegalArgumentException("has wrong check digits (a typing mistake?)");
        }
        return new Iban(v);
    }

    /** "DE89 •••• 3000": enough to recognise it, not enough to use it. */
    public String masked() {
        return value.substring(0, 4) + " •••• " + value.substring(value.length() - 4);
    }
}
