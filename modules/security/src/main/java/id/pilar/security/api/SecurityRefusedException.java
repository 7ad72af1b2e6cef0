package id.pilar.security.api;

/** A refused security operation; the message is Indonesian text for the user. Nothing was changed. */
public class SecurityRefusedException extends RuntimeException {

    public SecurityRefusedException(String message) {
        super(message);
    }

    public SecurityRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
