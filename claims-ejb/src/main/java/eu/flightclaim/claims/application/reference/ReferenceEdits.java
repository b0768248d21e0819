package eu.flightclaim.claims.application.reference;

import eu.flightclaim.claims.application.Page;
import java.util.List;
import java.util.Optional;

/**
 * The reference rows staff may correct, as the settings page shows them (with who edited them), and
 * their upserts: implemented in SQL by {@code infrastructure.persistence.SqlReferenceEdits}.
 */
public interface ReferenceEdits {

    List<ReferenceDataEditing.LimitationRow> limitationPeriods();

    Optional<ReferenceDataEditing.LimitationRow> limitationPeriod(String country);

    /** Writes the country's period, marked as edited by {@code actor} (a re-import leaves it alone). */
    void saveLimitationPeriod(String country, int amount, String unit, boolean endsAtYearEnd, String basis,
            String actor);

    /** Airlines whose code is {@code query} or whose name contains it (all when blank), the exact code first. */
    Page<ReferenceDataEditing.AirlineRow> airlines(String query, int page, int size);

    /** Writes the airline, marked as edited by {@code actor}. */
    void saveAirline(String iata, String icao, String name, String country, String actor);

    boolean countryExists(String code);
}
