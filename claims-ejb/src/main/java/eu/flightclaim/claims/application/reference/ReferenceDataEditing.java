package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.application.audit.AuditLog;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.airline.Airline;
import eu.flightclaim.claims.domain.model.airline.AirlineRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;


import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Staff corrections of the reference data the engine uses: limitation periods and airlines (their
 * licensing country decides EU261 scope). An edited row is marked so a re-import leaves it alone,
 * every change is audited, and the engine's in-memory snapshot is reloaded after the commit.
 */
@Stateless
public class ReferenceDataEditing {

    /** A limitation period as the settings page shows it. */
    public record LimitationRow(String countryCode, String countryName, int amount, String unit, boolean endsAtYearEnd,
            String basis, String editedBy) implements Serializable {
    }

    /** An airline as the settings page shows it. */
    public record AirlineRow(String iataCode, String icaoCode, String name, String countryCode, String editedBy)
            implements Serializable {
    }

    /** Fired when reference rows changed; {@link ReferenceData} reloads after the commit. */
    public record Edited(String table) {
    }

    @Inject
    private ReferenceEdits edits;
    @Inject
    private AirlineRepository airlines;
    @EJB
    private AuditLog audit;
    @Inject
    private Event<Edited> edited;

    public List<LimitationRow> limitationPeriods() {
        return edits.limitationPeriods();
    }

    public LimitationRow saveLimitationPeriod(String actor, LimitationRow row) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String country = row.countryCode() == null ? "" : row.countryCode().trim().toUpperCase(Locale.ROOT);
        if (!countryExists(country)) {
            errors.add(new InvalidInputException.FieldError("countryCode", "'" + row.countryCode()
                    + "' is not a known country code"));
        }
        if (row.amount() < 1 || row.amount() > 360) {
            errors.add(new InvalidInputException.FieldError("amount", "must be between 1 and 360"));
        }
        if (row.unit() == null || !List.of("YEARS", "MONTHS").contains(row.unit())) {
            errors.add(new InvalidInputException.FieldError("unit", "must be YEARS or MONTHS"));
        }
        String basis = row.basis() == null ? "" : row.basis().strip();
        if (basis.isEmpty() || basis.length() > 500) {
            errors.add(new InvalidInputException.FieldError("basis", "say where the period comes from (at most 500 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LimitationRow before = edits.limitationPeriod(country).orElse(null);
        edits.saveLimitationPeriod(country, row.amount(), row.unit(), row.endsAtYearEnd(), basis, actor);
        LimitationRow after = edits.limitationPeriod(country).orElse(null);
        audit.record(actor, "reference.limitation-period", "country:" + country, before, after);
        edited.fire(new Edited("limitation_period"));
        return after;
    }

    public Page<AirlineRow> airlines(String query, int page, int size) {
        return edits.airlines(query, page, size);
    }

    public AirlineRow saveAirline(String actor, AirlineRow row) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String iata = row.iataCode() == null ? "" : row.iataCode().trim().toUpperCase(Locale.ROOT);
        String icao = row.icaoCode() == null || row.icaoCode().isBlank() ? null
                : row.icaoCode().trim().toUpperCase(Locale.ROOT);
        String country = row.countryCode() == null ? "" : row.countryCode().trim().toUpperCase(Locale.ROOT);
        String name = row.name() == null ? "" : row.name().strip();
        if (!iata.matches("[A-Z0-9]{2}")) {
            errors.add(new InvalidInputException.FieldError("iataCode", "two letters or digits"));
        }
        if (icao != null && !icao.matches("[A-Z]{3}")) {
            errors.add(new InvalidInputException.FieldError("icaoCode", "three letters, or empty"));
        }
        if (name.isEmpty() || name.length() > 120) {
            errors.add(new InvalidInputException.FieldError("name", "required, at most 120 characters"));
        }
        if (!countryExists(country)) {
            errors.add(new InvalidInputException.FieldError("countryCode", "'" + row.countryCode()
                    + "' is not a known country code (the country of the airline's operating licence)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Airline existing = airlines.find(iata).orElse(null);
        AirlineRow before = existing == null ? null : new AirlineRow(existing.getIataCode(), existing.getIcaoCode(),
                existing.getName(), existing.getCountryCode(), null);
        edits.saveAirline(iata, icao, name, country, actor);
        AirlineRow after = new AirlineRow(iata, icao, name, country, actor);
        audit.record(actor, "reference.airline", "airline:" + iata, before, after);
        edited.fire(new Edited("airline"));
        return after;
    }

    private boolean countryExists(String code) {
        return code.matches("[A-Z]{2}") && edits.countryExists(code);
    }
}
