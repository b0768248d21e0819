package eu.flightclaim.claims.domain.model.airport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AirportRecordTest {

    @Test
    void parsesALine() {
        AirportRecord a = AirportRecord.parse("FRA\tEDDF\tFrankfurt Airport\tFrankfurt am Main\tDE\t50.036521\t8.561268");
        assertEquals(new AirportRecord("FRA", "EDDF", "Frankfurt Airport", "Frankfurt am Main", "DE", 50.036521, 8.561268), a);
    }

    @Test
    void emptyIcaoAndCityBecomeNull() {
        AirportRecord a = AirportRecord.parse("XXA\t\tSome Field\t\tUS\t1.0\t2.0");
        assertNull(a.icaoCode());
        assertNull(a.city());
    }

    @Test
    void refusesMalformedLines() {
        assertThrows(IllegalArgumentException.class, () -> AirportRecord.parse("FRA\tEDDF"));
        assertThrows(IllegalArgumentException.class, () -> AirportRecord.parse("FR\tEDDF\tX\tY\tDE\t1\t2"));
        assertThrows(IllegalArgumentException.class, () -> AirportRecord.parse("FRA\tEDDF\tX\tY\tDEU\t1\t2"));
        assertThrows(IllegalArgumentException.class, () -> AirportRecord.parse("FRA\tEDDF\tX\tY\tDE\t91\t2"));
        assertThrows(IllegalArgumentException.class, () -> AirportRecord.parse("FRA\tEDDF\tX\tY\tDE\tnorth\t2"));
    }
}
