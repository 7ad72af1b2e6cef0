package id.pilar.registry.api;

import id.pilar.core.api.error.PilarException;

/**
 * A refused registry operation (a person or household not found, a merge that cannot be made, a
 * DTSEN file that cannot be imported); nothing was changed. The message comes from the registry
 * bundles, in the user's language.
 */
public class RegistryException extends PilarException {

    /** @param code the bundle key of {@code message} */
    public RegistryException(String code, String message, Object... args) {
        super(code, message, args);
    }

    public RegistryException(String code, String message, Throwable cause, Object... args) {
        super(code, message, cause, args);
    }
}
