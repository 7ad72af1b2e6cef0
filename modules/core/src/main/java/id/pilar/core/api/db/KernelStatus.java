package id.pilar.core.api.db;

/**
 * The data kernel's state, shown in the status bar.
 *
 * @param state   where start-up is
 * @param message Indonesian text for the user
 * @param error   the cause when {@link State#FAILED}, else null
 */
public record KernelStatus(State state, String message, Throwable error) {

    public enum State { CLOSED, OPENING, MIGRATING, READY, FAILED }

    public static KernelStatus of(State state, String message) {
        return new KernelStatus(state, message, null);
    }

    public boolean isReady() {
        return state == State.READY;
    }
}
