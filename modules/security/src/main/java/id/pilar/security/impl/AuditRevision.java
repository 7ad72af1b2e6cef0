package id.pilar.security.impl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * One Envers revision (one transaction that changed audited records): who and when.
 *
 * <p>Envers needs a numeric timestamp ({@code rev_timestamp}, epoch millis as INTEGER); the same
 * moment is kept as readable UTC text in {@code changed_at}, as every Pilar instant is.
 */
@Entity
@RevisionEntity(AuditRevisionListener.class)
@Table(name = "security_revision")
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private int id;

    @RevisionTimestamp
    @JdbcTypeCode(SqlTypes.INTEGER)
    @Column(name = "rev_timestamp", nullable = false)
    private long timestamp;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "username", nullable = false)
    private String username;

    public int getId() {
        return id;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getUsername() {
        return username;
    }

    void stamp(String who, Instant at) {
        this.username = who;
        this.changedAt = at;
    }
}
