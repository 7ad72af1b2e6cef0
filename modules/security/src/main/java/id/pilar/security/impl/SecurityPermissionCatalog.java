package id.pilar.security.impl;

import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.PermissionCatalog;
import id.pilar.security.api.SecurityPermissions;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/** This module's permissions, including the sensitive-data views that core's masking asks for. */
@ServiceProvider(service = PermissionCatalog.class)
public final class SecurityPermissionCatalog implements PermissionCatalog {

    @Override
    public List<Permission> permissions() {
        return SecurityPermissions.all();
    }
}
