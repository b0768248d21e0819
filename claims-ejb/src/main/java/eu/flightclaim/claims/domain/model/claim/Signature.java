package eu.flightclaim.claims.domain.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One passenger's simple electronic signature of the assignment (eIDAS Art. 3(10)): the name the
 * signer typed, for whom and in which capacity, and the drawing when there is one (a signer who
 * cannot draw signs with the typed name alone). Time, IP and browser are the claim's consent's.
 */
@Embeddable
public class Signature {

    /** The passenger signs for themselves, or a parent or guardian signs for a passenger under 18. */
    public enum Capacity { SELF, GUARDIAN }

    /** Drawn by pointer or touch, or the typed name adopted as the signature. */
    public enum Method { DRAWN, TYPED }

    @Column(name = "passenger_name", nullable = false)
    private String passengerName;
    @Column(name = "signed_by", nullable = false)
    private String signedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "capacity", nullable = false)
    private Capacity capacity;
    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private Method method;
    @Column(name = "strokes")
    private Drawing drawing;

    protected Signature() {
    }

    /** A signature for {@code passenger}; {@code drawing} null when the typed name is the signature. */
    public Signature(Passenger passenger, String signedBy, Capacity capacity, Drawing drawing) {
        this.passengerName = passenger.firstName() + " " + passenger.lastName();
        this.signedBy = signedBy.strip();
        this.capacity = capacity;
        this.method = drawing == null ? Method.TYPED : Method.DRAWN;
        this.drawing = drawing;
    }

    public String passengerName() {
        return passengerName;
    }

    public String signedBy() {
        return signedBy;
    }

    public Capacity capacity() {
        return capacity;
    }

    public Method method() {
        return method;
    }

    /** The drawing; null when the signer adopted the typed name. */
    public Drawing drawing() {
        return drawing;
    }
}
