package id.pilar.security.api;

import java.time.Instant;
import java.util.List;
import org.openide.util.Lookup;

/**
 * The history of a record from Hibernate Envers (who, when, which fields, old → new) and the
 * read log (who opened or revealed what).
 */
public interface AuditHistory {

    /**
     * Every revision of one audited record, oldest first.
     *
     * @param entityName the entity class name, e.g. {@code id.pilar.registry.impl.PersonEntity}
     */
    List<Change> history(String entityName, String id);

    /** The audited entity classes (for the history window's chooser). */
    List<String> auditedEntities();

    /** Read-log entries of one record, newest first. */
    List<ReadLogEntry> readLog(String entityType, String entityId);

    /** The latest read-log entries of everyone, newest first. */
    List<ReadLogEntry> recentReads(int limit);

    /**
     * One revision of a record.
     *
     * @param displayName the account's display name (the username when the account is unknown)
     * @param kind        DIBUAT (added), DIUBAH (changed) or DIHAPUS (deleted)
     */
    record Change(int revision, Instant at, String username, String displayName, String kind, List<FieldChange> fields) {

        public Change(int revision, Instant at, String username, String kind, List<FieldChange> fields) {
            this(revision, at, username, username, kind, fields);
        }
    }

    /** One field that changed in a revision. */
    record FieldChange(String field, String oldValue, String newValue) {
    }

    /** @param action BACA or BUKA_SAMARAN; sensitiveKind null for a plain read */
    record ReadLogEntry(Instant at, String username, String action, String entityType, String entityId, String sensitiveKind) {
    }

    static AuditHistory get() {
        return Lookup.getDefault().lookup(AuditHistory.class);
    }
}
