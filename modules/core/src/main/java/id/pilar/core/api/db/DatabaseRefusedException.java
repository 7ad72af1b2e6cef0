package id.pilar.core.api.db;

/**
 * The chosen database cannot be used and was left untouched: not a SQLite file, a foreign
 * SQLite database, made by a newer Pilar, or in a folder that is missing or read-only.
 * The message is Indonesian and meant for the user.
 */
public final class DatabaseRefusedException extends RuntimeException {

    /** Why, for tests and exit codes. */
    public enum Reason { NOT_SQLITE, FOREIGN_DATABASE, NEWER_SCHEMA, MISSING_FOLDER, NOT_WRITABLE, CORRUPT, CANNOT_OPEN }

    private final Reason reason;

    public DatabaseRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DatabaseRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
