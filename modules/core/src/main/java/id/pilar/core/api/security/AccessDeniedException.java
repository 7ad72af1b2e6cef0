package id.pilar.core.api.security;

/** Thrown by a service when the acting user lacks the permission the operation declares. */
public final class AccessDeniedException extends RuntimeException {

    private final Permission permission;

    public AccessDeniedException(Permission permission, ActingUser user) {
        super("Akses ditolak: pengguna '" + user.username() + "' tidak memiliki izin '" + permission.id() + "'.");
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
