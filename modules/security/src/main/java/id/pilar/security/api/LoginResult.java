package id.pilar.security.api;

import java.time.Instant;

/**
 * Outcome of a login attempt.
 *
 * @param user        the account when {@link Outcome#OK}, else null
 * @param lockedUntil when {@link Outcome#LOCKED}: until when
 * @param attemptsLeft when {@link Outcome#WRONG}: failures left before the lockout
 */
public record LoginResult(Outcome outcome, UserInfo user, Instant lockedUntil, int attemptsLeft) {

    public enum Outcome { OK, WRONG, LOCKED, INACTIVE }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
