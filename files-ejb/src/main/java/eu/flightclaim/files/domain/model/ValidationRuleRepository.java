package eu.flightclaim.files.domain.model;

import java.util.List;

/** The per-document-type upload rules (a fixed set of types: rules are changed, never added). */
public interface ValidationRuleRepository {

    /** By document type. */
    List<ValidationRule> all();

    /** Stores an admin's change, stamped with the database's clock; false when there is no such type. */
    boolean update(ValidationRule rule, String actor);
}
