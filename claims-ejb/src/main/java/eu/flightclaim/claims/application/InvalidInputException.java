package eu.flightclaim.claims.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The caller asked for something malformed; each error names the field and says what is wrong with it. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    /** One input field at fault ({@code legs[1].from}), and what is wrong in words a user understands. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join("; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        this.errors = List.copyOf(errors);
    }

    /** The first input field at fault, or null when it is the request as a whole. */
    public String getField() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
