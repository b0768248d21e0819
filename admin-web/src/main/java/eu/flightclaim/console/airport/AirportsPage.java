package eu.flightclaim.console.airport;

import eu.flightclaim.claims.application.AirportService;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.domain.model.airport.Airport;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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

    private final LazyDataModel<AirportRow> results = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return query == null ? 0 : (int) airports.search(query, 0, 1).total();
        }

        @Override
        public List<AirportRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (query == null || query.trim().length() < AirportService.MIN_QUERY_LENGTH) {
                setRowCount(0);
                return List.of();
            }
            Page<AirportRow> page = airports.search(query, first / pageSize, pageSize).map(AirportRow::of);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AirportRow row) {
            return row.iata();
        }
    };

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
