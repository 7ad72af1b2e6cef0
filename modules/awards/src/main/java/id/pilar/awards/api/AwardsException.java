package id.pilar.awards.api;

import id.pilar.core.api.error.PilarException;

/** A refused awards operation; the message is a whole sentence for the user. */
public class AwardsException extends PilarException {

    public AwardsException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
