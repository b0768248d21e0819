package eu.flightclaim.claims.domain.model.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void acceptsValidIbansInPrintOrElectronicForm() {
        assertEquals("DE89370400440532013000", Iban.parse("DE89 3704 0044 0532 0130 00").value());
        assertEquals("GB29NWBK60161331926819", Iban.parse("gb29nwbk60161331926819").value());
        assertEquals("FR1420041010050500013M02606", Iban.parse("FR14 2004 1010 0505 0001 3M02 606").value());
    }

    @Test
    void refusesWrongCheckDigitsLengthsAndShapes() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Iban.parse("DE88370400440532013000")).getMessage()
                .contains("check digits"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Iban.parse("DE8937040044053201300")).getMessage()
                .contains("22"));
        assertThrows(IllegalArgumentException.class, () -> Iban.parse("not an iban"));
        assertThrows(IllegalArgumentException.class, () -> Iban.parse(null));
    }

    @Test
    void showsOnlyCountryCheckDigitsAndTheLastFour() {
        assertEquals("DE89 •••• 3000", Iban.parse("DE89370400440532013000").masked());
    }
}
