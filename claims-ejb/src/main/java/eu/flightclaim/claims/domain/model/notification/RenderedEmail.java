package eu.flightclaim.claims.domain.model.notification;

import java.io.Serializable;

/** An email ready to send: subject, plain-text body and HTML body. */
public record RenderedEmail(String subject, String text, String html) implements Serializable {
}
