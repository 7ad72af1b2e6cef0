package id.pilar.cases.impl;

import id.pilar.cases.api.CasesPermissions;
import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.PermissionCatalog;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = PermissionCatalog.class)
public final class CasesPermissionCatalog implements PermissionCatalog {

    @Override
    public List<Permission> permissions() {
        return CasesPermissions.ALL;
    }
}
