package eu.flightclaim.claims.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A part of an email template as staff edited it; the shipped file is used for parts without one. */
@Entity
@Table(name = "email_template_override")
@IdClass(EmailTemplateOverride.Key.class)
public class EmailTemplateOverride {

    /** The primary key: template and part. */
    public static class Key implements Serializable {

        private String name;
        private String part;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(name, k.name) && Objects.equals(part, k.part);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, part);
        }
    }

    @Id
    @Column(name = "name")
    private String name;

    @Id
    @Column(name = "part")
    private String part;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    /** The database's clock, at each save. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    private OffsetDateTime updatedAt;

    protected EmailTemplateOverride() {
    }
}
