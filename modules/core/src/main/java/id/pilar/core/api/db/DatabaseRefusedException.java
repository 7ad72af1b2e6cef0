package id.pilar.core.api.db;

import id.pilar.core.api.error.PilarException;

/**
 * The chosen database cannot be used and was left untouched: not a SQLite file, a foreign
 * SQLite database, made by a newer Pilar, or in a folder that is missing or read-only.
 * The message is a sentence for the user from core's bundle; {@link #reason()} is for tests and
 * exit codes.
 */
public final class DatabaseRefusedException extends PilarException {

    /** Why, for tests and exit codes. */
    public enum Reason { NOT_SQLITE, FOREIGN_DATABASE, NEWER_SCHEMA, MISSING_FOLDER, NOT_WRITABLE, CORRUPT, CANNOT_OPEN }

    private final Reason reason;

    /**
     * @param code the bundle key of {@code message}
     * @param message the text in the user's language
     */
    public DatabaseRefusedException(Reason reason, String code, String message, Object... args) {
        super(code, message, args);
        this.reason = reason;
    }

    public DatabaseRefusedException(Reason reason, String code, String message, Throwable cause, Object... args) {
        super(code, message, cause, args);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
