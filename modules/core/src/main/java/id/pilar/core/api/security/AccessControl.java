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

    /**
     * Kinds of sensitive data (UU PDP): identity numbers, health (including HIV status), case
     * notes, reporter identity. Users without the matching {@code sensitive.<kind>.view}
     * permission see them masked ({@link Masks}).
     */
    enum Sensitive { NIK_KK, HEALTH, CASE_NOTES, REPORTER }

    /** True when the acting user may see {@code kind} unmasked. */
    default boolean canSee(Sensitive kind) {
        return isPermitted(Permission.sensitive(kind));
    }

    /** Records that the user revealed a masked value (a no-op until the audit module is installed). */
    default void recordReveal(Sensitive kind, String entityType, String entityId) {
    }

    /** Records that the user opened a person or case file (read log; no-op until audit is installed). */
    default void recordRead(String entityType, String entityId) {
    }

    /**
     * True once a person has signed in (always true where there are no user accounts).
     * Interactive offers, such as loading demo data, wait for it instead of competing with the
     * login dialog.
     */
    default boolean signedIn() {
        return true;
    }

    /**
     * Tells {@code listener} when the acting user changes (login, logout, switch user, screen
     * unlock), so views reload what the new user may see. The default user never changes.
     */
    default void addUserListener(Runnable listener) {
    }

    default void removeUserListener(Runnable listener) {
    }

    /**
     * True when no accounts module is installed: the product runs as the one local operating-system
     * user, who may do everything. The shell says so (status line, about box) instead of silently
     * acting as an administrator.
     */
    default boolean singleLocalUser() {
        return false;
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
