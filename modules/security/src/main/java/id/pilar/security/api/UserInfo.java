package id.pilar.security.api;

import java.time.Instant;

/**
 * An account as screens show it (never the password hash).
 *
 * @param lockedUntil end of a lockout after repeated failures, or null
 */
public record UserInfo(String id, String username, String displayName, Role role, boolean active,
        Instant lockedUntil, Instant lastLoginAt, Instant passwordChangedAt) {
}
