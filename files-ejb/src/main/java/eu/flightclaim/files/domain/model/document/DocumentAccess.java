package eu.flightclaim.files.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a document's access log: every access, allowed or not. Written once, changed only when
 * the person in it is erased (GDPR Art. 17): then it says {@value #ERASED_ACTOR}.
 */
@Entity
@Table(name = "document_access_log")
public class DocumentAccess {

    /** The actor of a line whose person was erased. */
    public static final String ERASED_ACTOR = "erased customer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "document_id", updatable = false)
    private UUID documentId;
    // the database's clock, as its default
    @Column(name = "at", insertable = false, updatable = false)
    private OffsetDateTime at;
    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;
    @Column(name = "action", nullable = false, updatable = false)
    private String action;
    @Column(name = "result", nullable = false, updatable = false)
    private String result;
    @Column(name = "ip", updatable = false)
    private String ip;
    @Column(name = "user_agent", updatable = false)
    private String userAgent;
    @Column(name = "detail", updatable = false)
    private String detail;

    protected DocumentAccess() {
    }

    /** A new line; the user agent and the detail are cut to their columns' lengths. */
    public DocumentAccess(UUID documentId, String actor, String action, String result, String ip, String userAgent,
            String detail) {
        this.documentId = documentId;
        this.actor = actor;
        this.action = action;
        this.result = result;
        this.ip = ip;
        this.userAgent = cut(userAgent, 300);
        this.detail = cut(detail, 500);
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.substring(0, Math.min(max, s.length()));
    }

    public UUID documentId() {
        return documentId;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String result() {
        return result;
    }

    public String ip() {
        return ip;
    }

    public String userAgent() {
        return userAgent;
    }

    public String detail() {
        return detail;
    }
}
