package eu.flightclaim.api.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void resolvesTheThreeFormsAgainstTheSize() {
        assertEquals(new ByteRange(10, 19), ByteRange.parse("bytes=10-19", 100));
        assertEquals(new ByteRange(10, 99), ByteRange.parse("bytes=10-", 100));
        assertEquals(new ByteRange(90, 99), ByteRange.parse("bytes=-10", 100));
        assertEquals(new ByteRange(0, 99), ByteRange.parse("bytes=-1000", 100));
        assertEquals(new ByteRange(95, 99), ByteRange.parse("bytes=95-1000", 100), "the end is clipped");
        assertEquals(10, ByteRange.parse("bytes=10-19", 100).length());
    }

    @Test
    void ignoresWhatItDoesNotUnderstandAndRefusesWhatCannotBeServed() {
        assertNull(ByteRange.parse(null, 100));
        assertNull(ByteRange.parse("items=1-2", 100));
        assertNull(ByteRange.parse("bytes=1-2,5-6", 100), "several ranges: the whole file");
        assertNull(ByteRange.parse("bytes=a-b", 100));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=100-", 100));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=20-10", 100));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=-0", 100));
    }
}
