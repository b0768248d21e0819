package eu.flightclaim.console;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The console's words for codes, for Java code: the same bundle the pages read as {@code words}. */
public final class Words {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("eu.flightclaim.console.words", Locale.ROOT);

    private Words() {
    }

    /** The word for a key such as {@code status.under_review}; the key's last part when there is none. */
    public static String of(String key) {
        try {
            return WORDS.getString(key);
        } catch (MissingResourceException e) {
            return key.substring(key.lastIndexOf('.') + 1).replace('_', ' ');
        }
    }

    /** "1 year", "3 years": the key's word, with ".1" for the singular. */
    public static String count(long n, String key) {
        return n + " " + of(n == 1 ? key + ".1" : key);
    }

    /** A size for people: "900 bytes", "1.5 MiB", "12.3 GiB" (binary units, one decimal). */
    public static String bytes(long n) {
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        if (n < 1024) {
            return n + (n == 1 ? " byte" : " bytes");
        }
        double value = n;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** A claim's status in words, as it reads inside a sentence ("under review"). */
    public static String status(String apiName) {
        String word = of("status." + apiName);
        return word.isEmpty() ? word : word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
    }
}
