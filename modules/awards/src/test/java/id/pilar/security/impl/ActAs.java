package id.pilar.security.impl;

import id.pilar.security.api.Role;
import java.util.Locale;

/**
 * Test-only bridge: acts as a signed-in user of a role through the security module's own session
 * holder (package-private there), as its PermissionMatrixTest does. Lives in that package on the
 * test classpath only; the awards module itself never depends on security's impl.
 */
public final class ActAs {

    private ActAs() {
    }

    public static void role(Role role) {
        SignedIn.set(new SignedIn.Session("test-" + role, "test-" + role.name().toLowerCase(Locale.ROOT), "Uji " + role.label(), role,
                id.pilar.core.api.db.DataKernel.get().target()));
    }

    public static void signOut() {
        SignedIn.clear();
    }
}
