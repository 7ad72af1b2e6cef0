package id.pilar.security.impl;

import id.pilar.core.api.security.ActingUser;
import id.pilar.core.api.security.Permission;
import id.pilar.security.api.Role;
import id.pilar.security.api.RolePolicy;
import java.util.Set;

/** Who acts and with which role; {@code role == null} means no permission at all. */
record Identity(ActingUser user, Role role) {

    static final Identity NOBODY = new Identity(SecurityAccessControl.NOBODY, null);

    static Identity of(SignedIn.Session s) {
        return new Identity(new ActingUser(s.username(), s.displayName(), Set.of(s.role().name())), s.role());
    }

    /** First start, no account exists yet: the OS user administers, as without this module. */
    static Identity setup() {
        String name = System.getProperty("user.name", "pilar");
        return new Identity(new ActingUser(name, name, Set.of(Role.ADMIN.name())), Role.ADMIN);
    }

    boolean permits(Permission permission) {
        return role != null && RolePolicy.permits(role, permission);
    }
}
