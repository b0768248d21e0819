package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.airline.Airline;
import eu.flightclaim.claims.domain.model.airline.AirlineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class JpaAirlineRepository extends JpaCodedRows<Airline> implements AirlineRepository {

    public JpaAirlineRepository() {
        super(Airline.class, "airline", List.of("name"));
    }
}
