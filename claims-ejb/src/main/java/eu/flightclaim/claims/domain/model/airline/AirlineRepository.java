package eu.flightclaim.claims.domain.model.airline;

import eu.flightclaim.claims.domain.model.CodedRows;

/** Airlines by IATA code; searched by code or name. */
public interface AirlineRepository extends CodedRows<Airline> {
}
