package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.claim.Drawing;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A drawn signature in its text column: the strokes as a JSON array of number arrays. */
@Converter(autoApply = true)
public class DrawingColumn implements AttributeConverter<Drawing, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(Drawing drawing) {
        return drawing == null ? null : JSON.toJson(drawing.strokes());
    }

    @Override
    public Drawing convertToEntityAttribute(String json) {
        return json == null ? null : Drawing.of(Arrays.stream(JSON.fromJson(json, int[][].class))
                .map(s -> Arrays.stream(s).boxed().toList()).toList());
    }
}
