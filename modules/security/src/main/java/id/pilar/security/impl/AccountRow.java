package id.pilar.security.impl;

import id.pilar.security.api.Role;
import id.pilar.security.api.UserInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * An account as the login reads it by plain JDBC, before Hibernate's SessionFactory exists: what
 * the password check and the decision to let someone in need, nothing more.
 */
record AccountRow(String id, String username, String displayName, Role role, String passwordHash, boolean active,
        Instant lockedUntil, Instant passwordChangedAt) {

    private static final String SQL = "SELECT id, username, display_name, role, password_hash, active, locked_until,"
            + " password_changed_at FROM security_user WHERE username = ?";

    static Optional<AccountRow> find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AccountRow(rs.getString(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getInt(6) == 1, instant(rs.getString(7)), instant(rs.getString(8))));
            }
        }
    }

    /** Locked at {@code now} (a lock that has run out no longer counts, as on the Hibernate path). */
    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The account as a successful login at {@code at} leaves it (what {@link UserAccount#info()} says then). */
    UserInfo infoAfterLogin(Instant at) {
        return new UserInfo(id, username, displayName, role, active, null, at, passwordChangedAt);
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
