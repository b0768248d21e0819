package eu.flightclaim.files.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How large the chunks of a Nextcloud chunked upload are. */
class ChunkSizeTest {

    private static final long MIB = 1L << 20;

    @Test
    void anObjectOfUpToSixteenChunksGoesInChunksOfTheConfiguredSize() {
        assertEquals(8 * MIB, WebDavStore.chunkFor(9 * MIB, 8 * MIB));
        assertEquals(8 * MIB, WebDavStore.chunkFor(128 * MIB, 8 * MIB));
    }

    @Test
    void aLargerObjectGoesInSixteenLargerChunks() {
        long gib = 1024 * MIB;
        long chunk = WebDavStore.chunkFor(gib, 8 * MIB);
        assertEquals(64 * MIB, chunk);
        long odd = 1000 * MIB + 7;
        assertTrue((odd + WebDavStore.chunkFor(odd, 8 * MIB) - 1) / WebDavStore.chunkFor(odd, 8 * MIB) <= 16,
                "never more than sixteen chunks");
    }
}
