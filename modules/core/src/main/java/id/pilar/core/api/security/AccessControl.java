package id.pilar.core.api.security;

import org.openide.util.Lookup;

/**
 * The acting user and the permission check every service operation calls first.
 *
 * <p>Services enforce permissions themselves ({@code AccessControl.get().require(P)}), so hiding
 * a button is never the only protection.
 */
public interface AccessControl {

    ActingUser currentUser();

    boolean isPermitted(Permission permission);

    /** Throws {@link AccessDeniedException} unless the acting user holds {@code permission}. */
    default void require(Permission permission) {
        if (!isPermitted(permission)) {
            throw new AccessDeniedException(permission, currentUser());
        }
    }

    /** The installed implementation (the highest-ranked in Lookup). */
    static AccessControl get() {
        AccessControl ac = Lookup.getDefault().lookup(AccessControl.class);
        if (ac == null) {
            throw new IllegalStateException("No AccessControl registered");
        }
        return ac;
    }
}
