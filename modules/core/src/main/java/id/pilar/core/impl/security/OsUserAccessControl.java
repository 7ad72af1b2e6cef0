package id.pilar.core.impl.security;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.ActingUser;
import id.pilar.core.api.security.Permission;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;

/**
 * Until user accounts exist, the acting user is the operating-system user and holds every
 * permission. A login module replaces this by registering an AccessControl with a lower position.
 */
@ServiceProvider(service = AccessControl.class, position = 1000)
public final class OsUserAccessControl implements AccessControl {

    private final ActingUser user;

    public OsUserAccessControl() {
        String name = System.getProperty("user.name", "pilar");
        this.user = new ActingUser(name, name, Set.of("ADMIN"));
    }

    @Override
    public ActingUser currentUser() {
        return user;
    }

    @Override
    public boolean isPermitted(Permission permission) {
        return true;
    }

    @Override
    public boolean singleLocalUser() {
        return true;
    }
}
