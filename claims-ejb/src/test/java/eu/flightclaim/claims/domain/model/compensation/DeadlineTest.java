package eu.flightclaim.claims.domain.model.compensation;

import static eu.flightclaim.claims.domain.model.compensation.CompensationEngineTest.journey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.ReferenceFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final LocalDate flight = LocalDate.of(2025, 6, 1);

    @Test
    void germanyEndsOn31DecemberOfTheThirdYear() {
        LimitationPeriod de = ReferenceFixtures.snapshot().limitationPeriods().get("DE");
        assertEquals(LocalDate.of(2028, 12, 31), de.deadline(flight));
    }

    @Test
    void italyCountsMonths() {
        assertEquals(LocalDate.of(2027, 8, 1), ReferenceFixtures.snapshot().limitationPeriods().get("IT").deadline(flight));
    }

    @Test
    void theUkShowsTheShorterScottishPeriodAndSaysSo() {
        LimitationPeriod gb = ReferenceFixtures.snapshot().limitationPeriods().get("GB");
        assertEquals(LocalDate.of(2030, 6, 1), gb.deadline(flight));
        assertTrue(gb.basis().contains("Scotland") && gb.basis().contains("shorter"));
    }

    @Test
    void deadlinesForDepartureArrivalAndCarrierCountriesEachOnce() {
        Journey j = journey("LH", "FRA", "JFK");
        List<Deadline> d = Deadline.forJourney(j, j.legs().get(0).carrier(), flight,
                ReferenceFixtures.snapshot().limitationPeriods());
        assertEquals(1, d.size(), "US has no period on file, DE appears once: " + d);
        assertEquals("DE", d.get(0).countryCode());

        Journey toReunion = journey("AF", "CDG", "RUN");
        List<Deadline> fr = Deadline.forJourney(toReunion, toReunion.legs().get(0).carrier(), flight,
                ReferenceFixtures.snapshot().limitationPeriods());
        assertEquals(List.of("FR"), fr.stream().map(Deadline::countryCode).toList(), "Reunion counts as France");
        assertEquals(LocalDate.of(2030, 6, 1), fr.get(0).deadline());
    }
}
