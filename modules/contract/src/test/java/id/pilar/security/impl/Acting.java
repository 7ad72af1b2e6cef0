package id.pilar.security.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.security.api.Role;

/** Acts as a signed-in user without the login dialog (the security module's own tests do the same). */
public final class Acting {

    private Acting() {
    }

    public static void as(Role role) {
        as("uji-" + role.name().toLowerCase(java.util.Locale.ROOT), "Uji " + role.label(), role);
    }

    public static void as(String username, String displayName, Role role) {
        SignedIn.set(new SignedIn.Session("id-" + username, username, displayName, role, DataKernel.get().target()));
    }

    public static void signOut() {
        SignedIn.clear();
    }

    /** After creating accounts: the access control rereads whether the database has any. */
    public static void accountsChanged() {
        SecurityAccessControl.accountsChanged();
    }
}
