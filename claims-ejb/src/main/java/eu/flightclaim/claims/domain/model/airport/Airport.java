package eu.flightclaim.claims.domain.model.airport;

import eu.flightclaim.claims.domain.model.CodedReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An airport with an IATA code, from the OurAirports reference data. Read-only for the application. */
@Entity
@Table(name = "airport")
public class Airport extends CodedReference {

    @Column(name = "city")
    private String city;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    protected Airport() {
    }

    public String getCity() {
        return city;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }
}
