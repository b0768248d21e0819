package eu.flightclaim.claims.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A signed-in session: one refresh-token family, the device and address it started from. Its times
 * are the database's clock ({@link SessionRepository}), so they are read here, never written.
 */
@Entity
@Table(name = "auth_session")
public class Session {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "principal", nullable = false)
    private String principal;

    @Column(name = "groups_csv", nullable = false)
    private String groupsCsv;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "ip")
    private String ip;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at", insertable = false, updatable = false)
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at", insertable = false, updatable = false)
    private OffsetDateTime revokedAt;

    protected Session() {
    }

    public Session(UUID id, String subject, String principal, List<String> groups, String userAgent, String ip) {
        this.id = id;
        this.subject = subject;
        this.principal = principal;
        this.groupsCsv = String.join(",", groups);
        this.userAgent = userAgent;
        this.ip = ip;
    }

    /** Groups as stored: comma-separated. */
    public static List<String> groups(String csv) {
        return Arrays.asList(csv.split(","));
    }

    public UUID getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getPrincipal() {
        return principal;
    }

    public List<String> getGroups() {
        return groups(groupsCsv);
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getIp() {
        return ip;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }
}
