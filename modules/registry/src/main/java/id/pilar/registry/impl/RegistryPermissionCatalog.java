package id.pilar.registry.impl;

import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.PermissionCatalog;
import id.pilar.registry.api.RegistryPermissions;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = PermissionCatalog.class)
public final class RegistryPermissionCatalog implements PermissionCatalog {

    @Override
    public List<Permission> permissions() {
        return RegistryPermissions.ALL;
    }
}
