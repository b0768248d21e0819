package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.claim.Itinerary;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A claim's itinerary in its text column: the legs as a JSON array, the way they were submitted. */
@Converter(autoApply = true)
public class ItineraryColumn implements AttributeConverter<Itinerary, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(Itinerary itinerary) {
        return itinerary == null ? null : JSON.toJson(itinerary.legs());
    }

    @Override
    public Itinerary convertToEntityAttribute(String json) {
        return json == null ? null : read(json);
    }

    /** The itinerary a column holds. */
    public static Itinerary read(String json) {
        return new Itinerary(List.of(JSON.fromJson(json, Itinerary.Leg[].class)));
    }
}
