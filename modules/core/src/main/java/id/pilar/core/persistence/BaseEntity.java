package id.pilar.core.persistence;

import id.pilar.core.api.security.AccessControl;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Columns every Pilar record has: a time-ordered UUID key made in Java, an optimistic-lock
 * version, and who created and last changed it, when (UTC).
 *
 * <p>Migrations declare them as {@code id TEXT PRIMARY KEY, version INTEGER NOT NULL,
 * created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
 * updated_by TEXT NOT NULL}.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id = Uuids.newId();

    @Version
    @Column(name = "version", nullable = false)
    private Integer version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @PrePersist
    void beforeInsert() {
        Instant now = Instant.now();
        String who = AccessControl.get().currentUser().username();
        createdAt = now;
        createdBy = who;
        updatedAt = now;
        updatedBy = who;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
        updatedBy = AccessControl.get().currentUser().username();
    }

    public String getId() {
        return id;
    }

    public Integer getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof BaseEntity other && getClass() == other.getClass() && Objects.equals(id, other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
