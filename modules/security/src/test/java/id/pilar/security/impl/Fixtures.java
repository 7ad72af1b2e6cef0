package id.pilar.security.impl;

import id.pilar.security.api.Role;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Test helpers: act as a role without a login dialog, and throw-away preference nodes. */
final class Fixtures {

    private Fixtures() {
    }

    /** Acts as a signed-in user of {@code role} on the open database. */
    static void actAs(Role role) {
        SignedIn.set(new SignedIn.Session("test-" + role, "test-" + role.name().toLowerCase(java.util.Locale.ROOT),
                "Uji " + role.label(), role, id.pilar.core.api.db.DataKernel.get().target()));
    }

    static void signOut() {
        SignedIn.clear();
    }

    static Preferences scratchPrefs() {
        return Preferences.userRoot().node("id/pilar/security-test/" + System.nanoTime());
    }

    static void remove(Preferences p) {
        try {
            p.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a scratch node; nothing to keep
        }
    }
}
