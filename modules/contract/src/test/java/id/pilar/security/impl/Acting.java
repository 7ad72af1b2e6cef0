package id.pilar.security.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.security.api.Role;

/** Acts as a signed-in user without the login dialog (the security module's own tests do the same). */
final class Acting {

    private Acting() {
    }

    static void as(Role role) {
        as("uji-" + role.name().toLowerCase(java.util.Locale.ROOT), "Uji " + role.label(), role);
    }

    static void as(String username, String displayName, Role role) {
        SignedIn.set(new SignedIn.Session("id-" + username, username, displayName, role, DataKernel.get().target()));
    }

    static void signOut() {
        SignedIn.clear();
    }
}
