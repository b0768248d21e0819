package eu.flightclaim.claims.domain.model.notification;

import java.time.OffsetDateTime;
import java.util.List;

/** Staff edits of email templates, one per template part. */
public interface EmailTemplateOverrideRepository {

    /** One edited part, as it is in the database now. */
    record Edit(String part, String source, String updatedBy, OffsetDateTime updatedAt) {
    }

    /** The template's edited parts, as they are in the database now (also after a save in this transaction). */
    List<Edit> of(String template);

    /** Saves the part's source, stamped with who and (by the database's clock) when. */
    void save(String template, String part, String source, String actor);

    void remove(String template, String part);

    void removeAll(String template);
}
