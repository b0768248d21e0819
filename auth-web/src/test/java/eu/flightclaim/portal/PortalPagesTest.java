package eu.flightclaim.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which addresses the portal answers with its page, and which keep their own meaning. */
class PortalPagesTest {

    @Test
    void theApiTheServersEndpointsAndTheServerPagesAreNotThePortals() {
        for (String path : new String[] {"/api/v1/claims", "/api", "/api/docs", "/openapi", "/openapi/ui",
                "/health/ready", "/metrics", "/login/verify", "/share/abc", "/problem"}) {
            assertFalse(PortalPages.isPortal(path), path);
        }
        for (String path : new String[] {"/", "/claims/FC-2026-000123", "/assets/index-abc.js", "/apiary", "/index.html"}) {
            assertTrue(PortalPages.isPortal(path), path);
        }
    }

    @Test
    void aPageIsReadAndHasNoFileName() {
        assertTrue(PortalPages.isPage("GET", "/"));
        assertTrue(PortalPages.isPage("HEAD", "/claims/FC-2026-000123"));
        assertFalse(PortalPages.isPage("GET", "/favicon.ico"), "a missing file is a 404, not the page");
        assertFalse(PortalPages.isPage("POST", "/claims"));
    }
}
