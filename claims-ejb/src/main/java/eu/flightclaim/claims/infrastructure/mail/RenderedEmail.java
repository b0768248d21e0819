package eu.flightclaim.claims.infrastructure.mail;

/** An email ready to send: subject, plain-text body and HTML body. */
public record RenderedEmail(String subject, String text, String html) {
}
