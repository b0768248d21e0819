package eu.flightclaim.claims.application.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void aLineSaysMethodPathStatusTimeAndTheRequestsId() {
        assertEquals("GET /api/v1/claims 200 12 ms request=abc12345",
                RequestLog.line("GET", "/api/v1/claims", 200, 12_400_000, "abc12345"));
    }

    @Test
    void aShareLinksTokenIsNeverLogged() {
        assertEquals("/share/{token}", RequestLog.loggedPath("/share/Zx9-secret_token-of-43-characters-xxxxxxxx"));
        assertEquals("/api/v1/admin/documents/1/share-links", RequestLog.loggedPath("/api/v1/admin/documents/1/share-links"));
    }

    @Test
    void aCallersPlainRequestIdIsKeptAndAnythingElseReplaced() {
        try {
            assertEquals("client-req-0001", RequestIds.begin("client-req-0001"));
            for (String bad : new String[] {null, "", "short", "has space in it", "line\nbreak-injected", "x".repeat(65)}) {
                String id = RequestIds.begin(bad);
                assertNotEquals(bad, id);
                assertTrue(id.matches("[0-9a-f-]{36}"), id);
                assertEquals(id, RequestIds.current());
            }
        } finally {
            RequestIds.end();
        }
        assertNull(RequestIds.current());
    }

    @Test
    void workOfARequestOnAnotherThreadCarriesItsIdAndLeavesNothingBehind() {
        String[] seen = new String[1];
        RequestIds.within("async-0000001", () -> seen[0] = RequestIds.current());
        assertEquals("async-0000001", seen[0]);
        assertNull(RequestIds.current());
    }
}
