package eu.flightclaim.console.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.flightclaim.claims.application.claim.ClaimFilter;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The trail through the pages of the claims list that were shown (reading an unseen page is ConsoleBrowserIT's). */
class ClaimsTrailTest {

    private static final ClaimFilter ALL = new ClaimFilter(List.of(), null, false, null, null, null, null, null, null,
            null, "reference");

    private static List<ClaimsTrail.Stop> stops(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> new ClaimsTrail.Stop(new UUID(0, i), "FC-2026-%06d".formatted(i))).toList();
    }

    @Test
    void nextAndPreviousCrossFromOnePageToTheNext() {
        ClaimsTrail trail = new ClaimsTrail();
        List<ClaimsTrail.Stop> first = stops(1, 3);
        List<ClaimsTrail.Stop> second = stops(4, 2);
        trail.record("sort=reference", ALL, 0, 3, 5, first);
        trail.record("sort=reference", ALL, 1, 3, 5, second);

        assertEquals(second.get(0), trail.next(first.get(2).id()));
        assertEquals(first.get(2), trail.previous(second.get(0).id()));
        assertEquals("4 of 5", trail.position(second.get(0).id()));
        assertEquals("1 of 5", trail.position(first.get(0).id()));
        assertNull(trail.previous(first.get(0).id()), "the list's first claim has none before it");
        assertNull(trail.next(second.get(1).id()), "the list's last claim has none after it");
        assertNull(trail.position(new UUID(1, 1)), "a claim not in the list");
    }

    @Test
    void anotherListStartsANewTrail() {
        ClaimsTrail trail = new ClaimsTrail();
        List<ClaimsTrail.Stop> page = stops(1, 2);
        trail.record("sort=reference", ALL, 0, 2, 2, page);
        trail.record("status=paid", ALL, 0, 2, 1, stops(7, 1));

        assertNull(trail.position(page.get(0).id()), "the earlier list's claims are not on the trail");
        assertEquals("/claims.xhtml?status=paid", trail.getListUrl());
    }
}
