package eu.flightclaim.claims.domain.model.airline;

import eu.flightclaim.claims.domain.model.CodedReference;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An airline and the country of its operating licence (which decides whether it is a Community carrier). */
@Entity
@Table(name = "airline")
public class Airline extends CodedReference {

    protected Airline() {
    }
}
