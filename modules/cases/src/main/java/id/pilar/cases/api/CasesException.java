package id.pilar.cases.api;

import id.pilar.core.api.error.PilarException;

/** A refused case operation; the message is the bundle text, in the user's language. */
public class CasesException extends PilarException {

    public CasesException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
