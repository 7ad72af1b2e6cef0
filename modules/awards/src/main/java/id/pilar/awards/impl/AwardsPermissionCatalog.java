package id.pilar.awards.impl;

import id.pilar.awards.api.AwardsPermissions;
import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.PermissionCatalog;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = PermissionCatalog.class)
public final class AwardsPermissionCatalog implements PermissionCatalog {

    @Override
    public List<Permission> permissions() {
        return AwardsPermissions.ALL;
    }
}
