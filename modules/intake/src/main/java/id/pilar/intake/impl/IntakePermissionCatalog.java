package id.pilar.intake.impl;

import id.pilar.core.spi.PermissionCatalog;
import id.pilar.core.api.security.Permission;
import id.pilar.intake.api.IntakePermissions;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = PermissionCatalog.class)
public final class IntakePermissionCatalog implements PermissionCatalog {

    @Override
    public List<Permission> permissions() {
        return IntakePermissions.ALL;
    }
}
