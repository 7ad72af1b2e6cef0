package id.pilar.core.api.db;

/**
 * The data kernel's state, shown in the status bar.
 *
 * @param state   where start-up is
 * @param message Indonesian text for the user
 * @param error   the cause when {@link State#FAILED}, else null
 */
public record KernelStatus(State state, String message, Throwable error) {

    /**
     * {@code SCHEMA_READY}: migrated, plain JDBC work ({@code Transactions.query}) runs, the
     * SessionFactory is still being built (the login dialog shows then; its check waits).
     */
    public enum State { CLOSED, OPENING, MIGRATING, SCHEMA_READY, READY, FAILED }

    public static KernelStatus of(State state, String message) {
        return new KernelStatus(state, message, null);
    }

    public boolean isReady() {
        return state == State.READY;
    }

    /** The schema is migrated: plain JDBC queries can run (a SessionFactory may not exist yet). */
    public boolean isSchemaReady() {
        return state == State.SCHEMA_READY || state == State.READY;
    }
}
