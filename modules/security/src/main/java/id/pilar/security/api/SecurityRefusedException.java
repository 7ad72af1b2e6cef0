package id.pilar.security.api;

import id.pilar.core.api.error.PilarException;

/**
 * A refused security operation (accounts, consents, backups, restores, data requests); nothing
 * was changed. The message comes from the security bundles, in the user's language.
 */
public class SecurityRefusedException extends PilarException {

    /** @param code the bundle key of {@code message} */
    public SecurityRefusedException(String code, String message, Object... args) {
        super(code, message, args);
    }

    public SecurityRefusedException(String code, String message, Throwable cause, Object... args) {
        super(code, message, cause, args);
    }
}
