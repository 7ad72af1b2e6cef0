package id.pilar.intake.api;

import id.pilar.core.api.error.PilarException;

/** A refused intake operation; the message is the bundle text, in the user's language. */
public class IntakeException extends PilarException {

    public IntakeException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
