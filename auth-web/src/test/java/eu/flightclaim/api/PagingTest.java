package eu.flightclaim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new Paging(0, 20), Paging.of(null, null));
        assertEquals(new Paging(0, 20), Paging.of("", " "));
        assertEquals(new Paging(3, 100), Paging.of("3", "100"));
    }

    @Test
    void refusesWhatIsNotAPage() {
        for (String[] bad : new String[][] {{"-1", "10"}, {"0", "0"}, {"0", "101"}, {"x", "10"}, {"0", "1e3"}}) {
            ApiProblem p = assertThrows(ApiProblem.class, () -> Paging.of(bad[0], bad[1]));
            assertEquals(ProblemType.INVALID_INPUT, p.type());
            assertEquals(1, p.errors().size());
        }
    }
}
