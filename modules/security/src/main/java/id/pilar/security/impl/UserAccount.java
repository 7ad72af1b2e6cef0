package id.pilar.security.impl;

import id.pilar.core.persistence.BaseEntity;
import id.pilar.security.api.Role;
import id.pilar.security.api.UserInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A local account. Audited: the history shows who created it, changed its role, deactivated it
 * or changed its password (the time, never the hash).
 */
@Entity
@Audited
@Table(name = "security_user")
public class UserAccount extends BaseEntity {

    @Column(name = "username", nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @NotAudited
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** 1 may log in, 0 deactivated: accounts are never deleted, the audit trail names them. */
    @Column(name = "active", nullable = false)
    private int active = 1;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, Role role, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        setPasswordHash(passwordHash);
    }

    UserInfo info() {
        return new UserInfo(getId(), username, displayName, role, active == 1, lockedUntil, lastLoginAt, passwordChangedAt);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    String passwordHash() {
        return passwordHash;
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
        this.passwordChangedAt = Instant.now();
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    boolean active() {
        return active == 1;
    }

    void setActive(boolean value) {
        this.active = value ? 1 : 0;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    void recordFailure(int maxFailures, Instant lockUntil) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = lockUntil;
            failedAttempts = 0;
        }
    }

    void recordSuccess(Instant at) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = at;
    }
}
