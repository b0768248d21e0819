package eu.flightclaim.claims.domain.model.compensation;

/** What the carrier says caused the disruption, and whether that can be an extraordinary circumstance (Art. 5(3)). */
public enum Cause {
    NONE(Kind.ORDINARY, null, "No cause was given that could exempt the carrier."),
    TECHNICAL(Kind.ORDINARY, "C-549/07 Wallentin-Hermann",
            "A technical fault, even a sudden one, is part of running an airline and not an extraordinary circumstance"
                    + " (C-549/07 Wallentin-Hermann; C-257/14 van der Lans)."),
    OWN_STAFF_STRIKE(Kind.ORDINARY, "C-28/20 Airhelp v SAS",
            "A strike by the carrier's own staff, called by a union or wildcat, is not an extraordinary circumstance"
                    + " (C-195/17 Krusemann; C-28/20 Airhelp v SAS; C-613/20 Eurowings)."),
    THIRD_PARTY_STRIKE(Kind.EXTRAORDINARY, "Art. 5(3)",
            "A strike by people outside the carrier (e.g. airport or air-traffic staff) can be an extraordinary circumstance."),
    ATC(Kind.EXTRAORDINARY, "Art. 5(3)",
            "Air-traffic-control restrictions or strikes can be an extraordinary circumstance (recital 14)."),
    WEATHER(Kind.EXTRAORDINARY, "Art. 5(3)",
            "Weather incompatible with the flight can be an extraordinary circumstance (recital 14)."),
    BIRD_STRIKE(Kind.EXTRAORDINARY, "C-315/15 Peskova",
            "A bird strike can be an extraordinary circumstance (C-315/15 Peskova)."),
    SECURITY(Kind.EXTRAORDINARY, "Art. 5(3)", "A security risk can be an extraordinary circumstance (recital 14)."),
    POLITICAL_INSTABILITY(Kind.EXTRAORDINARY, "Art. 5(3)",
            "Political instability can be an extraordinary circumstance (recital 14)."),
    MEDICAL_EMERGENCY(Kind.EXTRAORDINARY, "Art. 5(3)",
            "A passenger's medical emergency diverting or holding the flight can be an extraordinary circumstance."),
    OTHER(Kind.UNKNOWN, "Art. 5(3)",
            "The cause given is not one the engine can classify; the carrier must prove any extraordinary circumstance.");

    enum Kind { ORDINARY, EXTRAORDINARY, UNKNOWN }

    private final Kind kind;
    private final String authority;
    private final String explanation;

    Cause(Kind kind, String authority, String explanation) {
        this.kind = kind;
        this.authority = authority;
        this.explanation = explanation;
    }

    /** Can exempt the carrier from compensation for cancellations and delays (never denied boarding). */
    public boolean mayBeExtraordinary() {
        return kind == Kind.EXTRAORDINARY;
    }

    boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    String authority() {
        return authority;
    }

    public String explanation() {
        return explanation;
    }
}
