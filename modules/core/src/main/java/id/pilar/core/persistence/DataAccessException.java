package id.pilar.core.persistence;

/** A database error outside Hibernate (plain JDBC through {@link Transactions#query}). */
public final class DataAccessException extends RuntimeException {

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
