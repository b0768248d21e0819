package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.airport.Airport;
import eu.flightclaim.claims.domain.model.airport.AirportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class JpaAirportRepository extends JpaCodedRows<Airport> implements AirportRepository {

    public JpaAirportRepository() {
        super(Airport.class, "airport", List.of("name", "city"));
    }
}
