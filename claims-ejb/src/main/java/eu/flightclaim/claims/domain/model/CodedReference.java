package eu.flightclaim.claims.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of a reference table known by its IATA code ({@link CodedRows}): the codes, the name and the
 * country every airline and airport has. The migrations own the columns' sizes.
 */
@MappedSuperclass
public abstract class CodedReference {

    @Id
    @Column(name = "iata_code")
    private String iataCode;

    @Column(name = "icao_code")
    private String icaoCode;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    protected CodedReference() {
    }

    public String getIataCode() {
        return iataCode;
    }

    public String getIcaoCode() {
        return icaoCode;
    }

    public String getName() {
        return name;
    }

    public String getCountryCode() {
        return countryCode;
    }
}
