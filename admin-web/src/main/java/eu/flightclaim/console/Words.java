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

    /** A claim's status in words, as it reads inside a sentence ("under review"). */
    public static String status(String apiName) {
        String word = of("status." + apiName);
        return word.isEmpty() ? word : word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
    }
}
