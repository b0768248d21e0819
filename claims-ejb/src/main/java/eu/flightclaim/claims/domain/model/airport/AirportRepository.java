package eu.flightclaim.claims.domain.model.airport;

import eu.flightclaim.claims.domain.model.CodedRows;

/** Airports by IATA code; searched by code, name or city. */
public interface AirportRepository extends CodedRows<Airport> {
}
