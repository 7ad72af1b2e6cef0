package id.pilar.rosters.impl;

import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.PermissionCatalog;
import id.pilar.rosters.api.RostersPermissions;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = PermissionCatalog.class)
public final class RostersPermissionCatalog implements PermissionCatalog {

    @Override
    public List<Permission> permissions() {
        return RostersPermissions.ALL;
    }
}
