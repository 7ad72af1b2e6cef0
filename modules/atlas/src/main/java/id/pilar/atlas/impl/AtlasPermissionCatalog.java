package id.pilar.atlas.impl;

import id.pilar.atlas.api.AtlasPermissions;
import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.PermissionCatalog;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/** The atlas's permissions, for the roles screen and the permission matrix. */
@ServiceProvider(service = PermissionCatalog.class)
public final class AtlasPermissionCatalog implements PermissionCatalog {

    @Override
    public List<Permission> permissions() {
        return AtlasPermissions.ALL;
    }
}
