package id.pilar.security.impl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision (one transaction that changed audited records): who and when.
 *
 * <p>Envers sets its own timestamp ({@code rev_timestamp}, epoch milliseconds, BIGINT on both
 * databases: a PostgreSQL INTEGER would overflow). People read {@code changed_at}, the same
 * moment as UTC text like every Pilar instant. Envers cannot write an {@code Instant} through a
 * converter (it sets a Long), hence the two columns.
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
    @Column(name = "rev_timestamp", nullable = false)
    private long timestamp;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "username", nullable = false)
    private String username;

    public int getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getUsername() {
        return username;
    }

    public long getTimestamp() {
        return timestamp;
    }

    void stamp(String who, Instant at) {
        this.username = who;
        this.changedAt = at;
    }
}
