package id.pilar.atlas.api;

import id.pilar.core.api.error.PilarException;

/** A refused atlas operation (bad weights, a population file that cannot be read, a bad month). */
public class AtlasException extends PilarException {

    public AtlasException(String code, String message, Object... args) {
        super(code, message, args);
    }

    public AtlasException(String code, String message, Throwable cause, Object... args) {
        super(code, message, cause, args);
    }
}
