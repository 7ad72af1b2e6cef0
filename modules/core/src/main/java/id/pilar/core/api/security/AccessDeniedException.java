package id.pilar.core.api.security;

import id.pilar.core.api.error.PilarException;

/**
 * Thrown by a service when the acting user lacks the permission the operation declares. The
 * message names what was refused in words (the permission's description), never its id; the id
 * stays available through {@link #permission()} for logs and tests.
 */
public final class AccessDeniedException extends PilarException {

    private final Permission permission;
    private final String username;

    public AccessDeniedException(Permission permission, ActingUser user) {
        super("ERR_AccessDenied", SensitiveTexts.denied(permission), permission.description());
        this.permission = permission;
        this.username = user.username();
    }

    public Permission permission() {
        return permission;
    }

    /** The account that was refused. */
    public String username() {
        return username;
    }
}
