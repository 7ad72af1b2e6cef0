package id.pilar.lib.tables.api;

import id.pilar.core.api.error.PilarException;

/** A file that cannot be read as a list; the message says why, in the user's language. */
public final class TableFileException extends PilarException {

    public TableFileException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
