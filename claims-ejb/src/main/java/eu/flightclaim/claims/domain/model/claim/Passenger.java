package eu.flightclaim.claims.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** Someone the claim is made for, as on the booking. */
@Embeddable
public class Passenger {

    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Column(name = "booking_reference")
    private String bookingReference;

    protected Passenger() {
    }

    /** Names as given, trimmed; the booking reference in capitals. */
    public Passenger(String firstName, String lastName, String bookingReference) {
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
        this.bookingReference = bookingReference == null ? null : bookingReference.trim().toUpperCase(Locale.ROOT);
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String bookingReference() {
        return bookingReference;
    }

    /** What makes "one open claim per passenger, flight and date": the names without case, the flight, the date. */
    public String flightKey(String flightNumber, LocalDate date) {
        return firstName.toLowerCase(Locale.ROOT) + "|" + lastName.toLowerCase(Locale.ROOT) + "|" + flightNumber + "|"
                + date;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Passenger p && firstName.equals(p.firstName) && lastName.equals(p.lastName)
                && Objects.equals(bookingReference, p.bookingReference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstName, lastName, bookingReference);
    }
}
