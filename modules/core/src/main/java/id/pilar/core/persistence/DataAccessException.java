package id.pilar.core.persistence;

/**
 * A database error outside Hibernate (plain JDBC through {@link Transactions#query}). A defect or
 * a broken database, not a refusal the user can act on: deliberately not a
 * {@link id.pilar.core.api.error.PilarException}, so views log it and show the generic text. The
 * message is English, for the log.
 */
public final class DataAccessException extends RuntimeException {

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
