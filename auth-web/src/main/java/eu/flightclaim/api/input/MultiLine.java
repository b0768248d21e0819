package eu.flightclaim.api.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a request body where line breaks and tabs belong (a message, a reason); every
 * other text is a single line. See {@link eu.flightclaim.claims.domain.model.text.AcceptedText}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MultiLine {
}
