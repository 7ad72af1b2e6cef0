package id.pilar.security.impl;

import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.persistence.Uuids;
import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Appends to {@code security_read_log}: who opened which file, who revealed which masked value.
 * Its own short transaction: call it outside a write transaction of your own (SQLite has one
 * writer at a time).
 */
final class ReadLog {

    static final String READ = "BACA";
    static final String REVEAL = "BUKA_SAMARAN";

    private ReadLog() {
    }

    static void append(String username, String action, String entityType, String entityId, String kind) {
        Transactions.get().jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO security_read_log "
                    + "(id, at, username, action, entity_type, entity_id, sensitive_kind) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, Uuids.newId());
                ps.setString(2, InstantText.format(Instant.now()));
                ps.setString(3, username);
                ps.setString(4, action);
                ps.setString(5, entityType);
                ps.setString(6, entityId);
                ps.setString(7, kind);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
