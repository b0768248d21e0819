package eu.flightclaim.console.airport;

import eu.flightclaim.console.LazyRows;
import eu.flightclaim.claims.application.reference.AirportService;
import eu.flightclaim.claims.domain.model.airport.Airport;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The Airports page: prefix search over code, name and city. */
@Named
@ViewScoped
public class AirportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An airport as the console shows it. */
    public record AirportRow(String iata, String icao, String name, String city, String country, double latitude,
            double longitude) implements Serializable {

        static AirportRow of(Airport a) {
            return new AirportRow(a.getIataCode(), a.getIcaoCode(), a.getName(), a.getCity(), a.getCountryCode(),
                    a.getLatitude(), a.getLongitude());
        }
    }

    @EJB
    private AirportService airports;

    @Size(min = AirportService.MIN_QUERY_LENGTH, max = 100, message = "Type at least 2 characters.")
    private String query;

    private final LazyRows<AirportRow> results = new LazyRows<>(
            () -> searchable() ? airports.search(query, 0, 1).total() : 0,
            (first, size, sortBy) -> searchable()
                    ? airports.search(query, first / size, size).map(AirportRow::of).items() : List.of(),
            AirportRow::iata);

    private boolean searchable() {
        return query != null && query.trim().length() >= AirportService.MIN_QUERY_LENGTH;
    }

    /** What the empty table says: nothing asked yet, or nothing found. */
    public String getEmptyMessage() {
        return searchable() ? "No airports match." : "Type at least " + AirportService.MIN_QUERY_LENGTH
                + " letters of a code, city or name to search.";
    }

    public LazyDataModel<AirportRow> getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
