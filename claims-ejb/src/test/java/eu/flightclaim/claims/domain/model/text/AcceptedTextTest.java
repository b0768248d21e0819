package eu.flightclaim.claims.domain.model.text;

import static eu.flightclaim.claims.domain.model.text.AcceptedText.Lines.MULTI;
import static eu.flightclaim.claims.domain.model.text.AcceptedText.Lines.SINGLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.MigratedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What text the product accepts: everything a person writes, nothing PostgreSQL or an email would choke on. */
class AcceptedTextTest {

    @Example
    void namesInAnyScriptAreAccepted() {
        for (String name : new String[] {"Zoë Łukasiewicz-Ørsted", "山田 太郎", "محمد بن سلمان", "Ἀριστοτέλης", "O'Brien",
                "😀 emoji 👩‍✈️", "", " "}) {
            assertTrue(AcceptedText.accepts(name, SINGLE), name);
        }
    }

    @Example
    void lineBreaksAndTabsOnlyInMultiLineText() {
        assertTrue(AcceptedText.accepts("Dear team,\r\n\tplease see the boarding pass.\n", MULTI));
        assertEquals("must be a single line (U+000A at position 4)", AcceptedText.refusal("Ada\nLovelace", SINGLE).orElseThrow());
        assertFalse(AcceptedText.accepts("tab\there", SINGLE));
    }

    @Example
    void nulAndOtherControlsAreRefusedEverywhere() {
        assertEquals("must not contain control characters (U+0000 at position 2)",
                AcceptedText.refusal("a\u0000b", MULTI).orElseThrow());
        assertFalse(AcceptedText.accepts("\u001b[31mred", MULTI), "terminal escape");
        assertFalse(AcceptedText.accepts("del\u007f", MULTI));
        assertFalse(AcceptedText.accepts("c1\u0085", MULTI));
    }

    @Example
    void unpairedSurrogatesAreRefused() {
        assertFalse(AcceptedText.accepts("x\ud800", SINGLE));
        assertFalse(AcceptedText.accepts("\udc00x", SINGLE));
        assertTrue(AcceptedText.accepts("\ud83d\ude00", SINGLE));
    }

    @Property(tries = 200)
    void textWithANulIsNeverAccepted(@ForAll("anyText") String text, @ForAll int position) {
        int at = Math.floorMod(position, text.length() + 1);
        String withNul = text.substring(0, at) + '\u0000' + text.substring(at);
        assertFalse(AcceptedText.accepts(withNul, MULTI));
        assertFalse(AcceptedText.accepts(withNul, SINGLE));
    }

    /** The point of the rule: whatever it lets through, the database stores exactly as given. */
    @Property(tries = 300)
    void everyAcceptedTextIsStoredByPostgresUnchanged(@ForAll("anyText") String text) throws SQLException {
        if (!AcceptedText.accepts(text, MULTI)) {
            return;
        }
        try (Connection c = MigratedDatabase.connection();
                PreparedStatement s = c.prepareStatement("SELECT ?::text")) {
            s.setString(1, text);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(text, r.getString(1));
            }
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        // every UTF-16 unit, with control characters and surrogates made frequent enough to matter
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> edgy = Arbitraries.of('\u0000', '\u0001', '\t', '\n', '\r', '\u001f', '\u007f', '\u0085',
                '\u009f', '\ud800', '\udbff', '\udc00', '\udfff', '\ufeff', '\ufffe', '\uffff', '\u202e', 'é');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(1, edgy))
                .list().ofMaxSize(40).map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }
}
